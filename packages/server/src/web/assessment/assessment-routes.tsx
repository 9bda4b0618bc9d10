import { Hono } from 'hono';
import { signedInOnly } from '../auth/guards.js';
import type { WebEnv } from '../web-env.js';
import { assessedReturnPage, assessmentListPage, decideReturn } from './assessment-pages.js';

/**
 * The Regional Medical Teams' assessment at the hub (annex G 59.b): every signed-in user reads;
 * only an assessor of a return's region sees its decision buttons, and the API re-checks each one.
 */
export function assessmentRoutes(): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use('*', signedInOnly);
  app.get('/', (c) => assessmentListPage(c));
  app.get('/returns/:id', (c) => assessedReturnPage(c, c.req.param('id')));
  app.post('/returns/:id/step', (c) => decideReturn(c, c.req.param('id')));
  return app;
}
