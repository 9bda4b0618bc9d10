import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ForbiddenError } from '@tessera/core';
import { originRecords } from '@tessera/sync';
import type { AppEnv, InstanceRole } from '../../context.js';
import { errorResponses } from '../shared/schemas.js';
import { ManifestPageSchema } from './sync-schemas.js';
import { requireSync, syncGuard } from './sync-auth.js';
import { queryInt } from '../shared/query-int.js';

const route = (role: InstanceRole) =>
  createRoute({
    middleware: [syncGuard(role, 'sync')] as const,
    method: 'get',
    path: '/sync/records',
    operationId: 'listOriginRecords',
    tags: ['sync'],
    summary: 'What the hub holds of the caller’s own records (for reconciliation)',
    security: [{ bearer: [] }],
    request: {
      query: z.object({
        owner: z.string().max(80),
        cursor: z.string().max(200).optional(),
        payload: z.enum(['true', 'false']).default('true'),
        limit: queryInt(1, 5000).optional(),
      }),
    },
    responses: {
      200: {
        description: 'A page of records',
        content: { 'application/json': { schema: ManifestPageSchema } },
      },
      401: errorResponses[401],
      403: errorResponses[403],
      404: errorResponses[404],
    },
  });

/** `GET /sync/records`: the hub's copy of an origin's own records, for reconciliation. */
export function recordsRoute(app: OpenAPIHono<AppEnv>, role: InstanceRole): void {
  app.openapi(route(role), async (c) => {
    const instance = requireSync(c);
    const q = c.req.valid('query');
    if (q.owner !== instance)
      throw new ForbiddenError(`A sync token for ${instance} may only read its own records`);
    return c.json(
      await originRecords(c.var.store, q.owner, {
        cursor: q.cursor ?? null,
        withPayload: q.payload === 'true',
        ...(q.limit ? { limit: q.limit } : {}),
      }),
      200,
    );
  });
}
