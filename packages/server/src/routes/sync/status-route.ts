import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { hubStatus, localStatus } from '@tessera/sync';
import type { AppEnv, InstanceRole } from '../../context.js';
import { errorResponses } from '../shared/schemas.js';
import { SyncStatusSchema } from './sync-schemas.js';
import { originReadable, syncGuard } from './sync-auth.js';

const route = (role: InstanceRole) =>
  createRoute({
    middleware: [syncGuard(role, 'reader')] as const,
    method: 'get',
    path: '/sync/status',
    operationId: 'getSyncStatus',
    tags: ['sync'],
    summary: 'Sync status: per origin (hub) or of this instance (local), with record digests',
    security: [{ bearer: [] }],
    request: { query: z.object({ origin: z.string().max(80).optional() }) },
    responses: {
      200: {
        description: 'Status',
        content: {
          'application/json': {
            schema: SyncStatusSchema,
          },
        },
      },
      401: errorResponses[401],
      403: errorResponses[403],
    },
  });

/** `GET /sync/status`: on both sides, for a sync token or a viewer. */
export function statusRoute(app: OpenAPIHono<AppEnv>, role: InstanceRole): void {
  app.openapi(route(role), async (c) => {
    const origin = originReadable(c, c.req.valid('query').origin);
    return c.json(
      role === 'hub'
        ? await hubStatus(c.var.store, origin ? { origin } : {})
        : await localStatus(c.var.store),
      200,
    );
  });
}
