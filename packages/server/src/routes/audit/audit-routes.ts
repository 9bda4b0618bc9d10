import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { listAudit } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole } from '../../auth/auth.js';
import { router } from '../shared/router.js';
import { errorResponses } from '../shared/schemas.js';
import { queryInt } from '../shared/query-int.js';

const AuditPage = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        at: z.string(),
        actor: z.string(),
        actorRole: z.string(),
        action: z.string(),
        entity: z.string(),
        recordId: z.string().nullable(),
        version: z.number().nullable(),
        detail: z.unknown(),
      }),
    ),
    nextBefore: z.number().nullable(),
  })
  .meta({ id: 'AuditPage' });

/** `GET /audit`: who did what and when (admin only). */
export function auditRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      operationId: 'listAudit',
      tags: ['system'],
      summary: 'The audit trail, newest first',
      security: [{ bearer: [] }],
      request: {
        query: z.object({
          entity: z.string().max(80).optional(),
          recordId: z.string().max(64).optional(),
          limit: queryInt(1, 500).optional(),
          before: queryInt(1).optional(),
        }),
      },
      responses: {
        200: {
          description: 'Audit entries',
          content: { 'application/json': { schema: AuditPage } },
        },
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      requireRole(c, 'admin');
      const q = c.req.valid('query');
      return c.json(await listAudit(c.var.store, q), 200);
    },
  );
  return app;
}
