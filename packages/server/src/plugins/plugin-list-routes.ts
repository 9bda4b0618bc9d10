import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DomainError } from '@tessera/core';
import type { PluginInstance } from '@tessera/plugin';
import type { AppEnv } from '../context.js';
import { router } from '../routes/shared/router.js';

const PluginList = z
  .object({
    plugins: z.array(
      z.object({
        id: z.string(),
        version: z.string(),
        apiVersion: z.number().int(),
        entities: z.array(z.object({ name: z.string(), sync: z.enum(['local', 'shared']) })),
      }),
    ),
  })
  .meta({ id: 'PluginList' });

/**
 * `GET /sync/plugins`: the plugins this instance runs, their versions and entities with their sync
 * policies. A region asks its hub before pushing, so that a `shared` entity the hub does not run
 * is refused at the region, by name, instead of quarantined at the hub. Any valid token.
 */
export function pluginListRoutes(plugins: readonly PluginInstance[]): OpenAPIHono<AppEnv> {
  const list = {
    plugins: plugins.map((p) => ({
      id: p.manifest.id,
      version: p.manifest.version,
      apiVersion: p.manifest.apiVersion,
      entities: p.manifest.entities.map((e) => ({ name: e.entity.name, sync: e.sync })),
    })),
  };
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/sync/plugins',
      operationId: 'listPlugins',
      tags: ['sync'],
      summary: 'The plugins this instance runs, with their versions and sync policies',
      security: [{ bearer: [] }],
      responses: {
        200: { description: 'Plugins', content: { 'application/json': { schema: PluginList } } },
      },
    }),
    (c) => {
      if (!c.var.auth) throw new DomainError('unauthorized', 'This needs a bearer token');
      return c.json(list, 200);
    },
  );
}
