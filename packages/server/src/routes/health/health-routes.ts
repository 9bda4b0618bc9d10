import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { router } from '../shared/router.js';
import { z } from 'zod';
import { SCHEMA_VERSION } from '@tessera/core';
import type { AppEnv, InstanceRole } from '../../context.js';

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    instance: z.string(),
    role: z.enum(['local', 'hub']),
    schemaVersion: z.number().int(),
  })
  .meta({ id: 'Health' });

/** `GET /health`: public liveness and identity of the instance. */
export function healthRoutes(instance: string, role: InstanceRole): OpenAPIHono<AppEnv> {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      tags: ['system'],
      summary: 'Liveness and identity of this instance',
      responses: {
        200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
      },
    }),
    async (c) => {
      await c.var.store.client.execute('SELECT 1');
      return c.json({ status: 'ok' as const, instance, role, schemaVersion: SCHEMA_VERSION }, 200);
    },
  );
  return app;
}
