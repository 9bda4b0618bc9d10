import { Hono } from 'hono';
import type { WebEnv } from '../web-env.js';
import type { SyncTrigger } from './sync-page.js';
import { requireWebRole } from '../auth/guards.js';
import { renderPage } from '../render-page.js';

/** The region's workspace (local instances), for signed-in users. */
export function workspaceRoutes(_syncNow?: SyncTrigger): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use('*', async (c, next) => {
    if (!c.var.session && c.req.method === 'GET')
      return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
    requireWebRole(c, 'viewer');
    return next();
  });
  app.get('/', (c) => renderPage(c, 'Workspace', <h1>Workspace</h1>));
  return app;
}
