import { Hono } from 'hono';
import type { WebEnv } from '../web-env.js';
import { requireWebRole } from '../auth/guards.js';
import { renderPage } from '../render-page.js';

/** The national picture at the hub, for signed-in users. */
export function nationalRoutes(): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use('*', async (c, next) => {
    if (!c.var.session && c.req.method === 'GET')
      return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
    requireWebRole(c, 'viewer');
    return next();
  });
  app.get('/', (c) => renderPage(c, 'The national picture', <h1>The national picture</h1>));
  return app;
}
