import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { AppEnv } from '../context.js';
import { requireRole } from '../auth/auth.js';
import { router } from '../routes/shared/router.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A plugin's own routes behind the host's default: a viewer token to read, an editor token to
 * write, unless the plugin marked the route public (`publicRoute`, which is `security: []` in the
 * OpenAPI document). Every other documented route is given `security: [{ bearer: [] }]`, so the
 * document says what the guard does. Undocumented routes (plain `app.get`) are guarded too.
 */
export function guardPluginRoutes(app: OpenAPIHono<Env>): OpenAPIHono<AppEnv> {
  const open: { method: string; path: string }[] = [];
  for (const d of app.openAPIRegistry.definitions) {
    if (d.type !== 'route') continue;
    const route = d.route as { method: string; path: string; security?: unknown[] };
    if (Array.isArray(route.security) && route.security.length === 0)
      open.push({
        method: route.method.toUpperCase(),
        path: route.path.replace(/\{([^}]+)\}/g, ':$1'),
      });
    else route.security = [{ bearer: [] }];
  }
  const marked = new WeakSet<Request>();
  const guarded = router();
  // registered before the guard, so that they run first on the requests they match
  for (const r of open)
    guarded.on(r.method, r.path, async (c, next) => {
      marked.add(c.req.raw);
      await next();
    });
  guarded.use('*', async (c, next) => {
    if (!marked.has(c.req.raw)) requireRole(c, READS.has(c.req.method) ? 'viewer' : 'editor');
    await next();
  });
  guarded.route('/', app);
  return guarded;
}
