import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { syncQuarantine } from '@tessera/store';
import { desc, eq } from 'drizzle-orm';
import type { AppEnv } from '../../context.js';
import { requireRole } from '../../auth/auth.js';
import { errorResponses } from '../shared/schemas.js';
import { QuarantineSchema } from './sync-schemas.js';
import { originReadable } from './sync-auth.js';

const route = createRoute({
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
export function quarantineRoute(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    if (c.var.auth?.role !== 'sync') requireRole(c, 'viewer');
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
