import { Hono } from 'hono';
import type { WebEnv } from '../web-env.js';
import type { SyncTrigger } from './sync-page.js';
import { requireWebRole } from '../auth/guards.js';
import { renderPage } from '../render-page.js';
import { addValue, measurePage, pasteValues } from './measure-page.js';
import {
  addMeasure,
  addPdsa,
  createProject,
  projectPage,
  projectsPage,
  saveDriverDiagram,
} from './project-pages.js';

/** The region's workspace (local instances), for signed-in users; the API re-checks every action. */
export function workspaceRoutes(_syncNow?: SyncTrigger): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use('*', async (c, next) => {
    if (!c.var.session && c.req.method === 'GET')
      return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
    requireWebRole(c, 'viewer');
    return next();
  });
  app.get('/', (c) => renderPage(c, 'Workspace', <h1>Workspace</h1>));
  app.get('/projects', (c) => projectsPage(c));
  app.post('/projects', (c) => createProject(c));
  app.get('/projects/:id', (c) => projectPage(c, c.req.param('id')));
  app.post('/projects/:id/driver-diagram', (c) => saveDriverDiagram(c, c.req.param('id')));
  app.post('/projects/:id/measures', (c) => addMeasure(c, c.req.param('id')));
  app.post('/projects/:id/pdsa', (c) => addPdsa(c, c.req.param('id')));
  app.get('/measures/:id', (c) => measurePage(c, c.req.param('id')));
  app.post('/measures/:id/values', (c) => addValue(c, c.req.param('id')));
  app.post('/measures/:id/paste', (c) => pasteValues(c, c.req.param('id')));
  return app;
}
