import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { syncQuarantine } from '@tessera/store';
import { desc, eq } from 'drizzle-orm';
import type { AppEnv, InstanceRole } from '../../context.js';
import { errorResponses } from '../shared/schemas.js';
import { QuarantineSchema } from './sync-schemas.js';
import { originReadable, syncGuard } from './sync-auth.js';

const route = (role: InstanceRole) =>
  createRoute({
    middleware: [syncGuard(role, 'reader')] as const,
    method: 'get',
    path: '/sync/quarantine',
    operationId: 'listQuarantine',
    tags: ['sync'],
    summary: 'Changes that could never apply (poison records), newest first',
    security: [{ bearer: [] }],
    request: { query: z.object({ origin: z.string().max(80).optional() }) },
    responses: {
      200: {
        description: 'Quarantined changes',
        content: { 'application/json': { schema: QuarantineSchema } },
      },
      401: errorResponses[401],
      403: errorResponses[403],
    },
  });

/** `GET /sync/quarantine`: a sync token sees its own origin's, a viewer any origin's. */
export function quarantineRoute(app: OpenAPIHono<AppEnv>, role: InstanceRole): void {
  app.openapi(route(role), async (c) => {
    const origin = originReadable(c, c.req.valid('query').origin);
    const rows = await c.var.store.db
      .select()
      .from(syncQuarantine)
      .where(origin ? eq(syncQuarantine.origin, origin) : undefined)
      .orderBy(desc(syncQuarantine.id))
      .limit(500);
    return c.json({ items: rows }, 200);
  });
}
