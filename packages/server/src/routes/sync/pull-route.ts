import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { pullFeed } from '@tessera/sync';
import type { AppEnv, InstanceRole } from '../../context.js';
import { errorResponses } from '../shared/schemas.js';
import { PullPageSchema } from './sync-schemas.js';
import { requireSync, syncGuard } from './sync-auth.js';
import { queryInt } from '../shared/query-int.js';

/** A `changeKey`: entity, record id, version and a 16-character content hash. */
const CHANGE_KEY = /^[a-z][a-z0-9._-]{0,79}:.{1,64}:\d{1,15}:[A-Za-z0-9_-]{16}$/su;

const route = (role: InstanceRole) =>
  createRoute({
    middleware: [syncGuard(role, 'sync')] as const,
    method: 'get',
    path: '/sync/pull',
    operationId: 'pullChanges',
    tags: ['sync'],
    summary: 'National data and the directory, after a cursor',
    security: [{ bearer: [] }],
    request: {
      query: z.object({
        after: queryInt(0).default(0),
        afterKey: z
          .string()
          .max(300)
          .regex(CHANGE_KEY, 'expected the nextKey of a page of this feed')
          .or(z.literal(''))
          .optional()
          .meta({
            description:
              'nextKey of the previous page: lets the hub see that it was restored and start again',
          }),
        limit: queryInt(1, 5000).optional(),
      }),
    },
    responses: {
      200: {
        description: 'A page of the hub’s feed',
        content: {
          'application/json': {
            schema: PullPageSchema,
          },
        },
      },
      401: errorResponses[401],
      403: errorResponses[403],
      404: errorResponses[404],
    },
  });

/** `GET /sync/pull`: the hub's feed of national data for a local instance. */
export function pullRoute(app: OpenAPIHono<AppEnv>, role: InstanceRole): void {
  app.openapi(route(role), async (c) => {
    const requester = requireSync(c);
    const q = c.req.valid('query');
    return c.json(
      await pullFeed(c.var.store, {
        after: q.after,
        requester,
        ...(q.afterKey ? { afterKey: q.afterKey } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
      }),
      200,
    );
  });
}
