import { Hono } from 'hono';
import type { WebEnv } from '../web-env.js';
import { signedInOnly } from '../auth/guards.js';
import { sendCsv } from '../components/csv.js';
import { listAll } from '../api-client.js';
import {
  addDeliverable,
  assuranceListPage,
  createReturn,
  returnPage,
  returnStep,
} from './assurance-pages.js';
import { addAssessment, capabilityPage } from './capability-page.js';
import { cohortsPage } from './cohorts-page.js';
import { enquiriesPage, enquiryStep } from './enquiries-page.js';
import { homePage } from './home-page.js';
import { addValue, measurePage, pasteValues } from './measure-page.js';
import { addMember, editMember, membersPage, uploadMembers } from './members-page.js';
import { addMeasure, addPdsa, projectPage, saveDriverDiagram } from './project-page.js';
import { createProject, projectsPage } from './project-pages.js';
import { runSyncNow, syncPage, type SyncTrigger } from './sync-page.js';

/** The region's workspace (local instances), for signed-in users; the API re-checks every action. */
export function workspaceRoutes(syncNow?: SyncTrigger): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use('*', signedInOnly);
  app.get('/', (c) => homePage(c));
  app.get('/members', (c) => membersPage(c));
  app.get('/members/:network/members.csv', async (c) => {
    const rows = await listAll(c, 'memberships', { networkId: c.req.param('network') });
    return sendCsv(
      c,
      'members.csv',
      ['organisationId', 'tier', 'subscriptionGbp', 'since', 'until'],
      rows.map((m) => [
        m['organisationId'],
        m['tier'],
        m['subscriptionGbp'],
        m['since'],
        m['until'],
      ]),
    );
  });
  app.post('/members/:network/memberships', (c) => addMember(c, c.req.param('network')));
  app.post('/members/:network/memberships/:id', (c) =>
    editMember(c, c.req.param('network'), c.req.param('id')),
  );
  app.post('/members/:network/upload', (c) => uploadMembers(c, c.req.param('network')));
  app.get('/projects', (c) => projectsPage(c));
  app.post('/projects', (c) => createProject(c));
  app.get('/projects/:id', (c) => projectPage(c, c.req.param('id')));
  app.post('/projects/:id/driver-diagram', (c) => saveDriverDiagram(c, c.req.param('id')));
  app.post('/projects/:id/measures', (c) => addMeasure(c, c.req.param('id')));
  app.post('/projects/:id/pdsa', (c) => addPdsa(c, c.req.param('id')));
  app.get('/measures/:id', (c) => measurePage(c, c.req.param('id')));
  app.post('/measures/:id/values', (c) => addValue(c, c.req.param('id')));
  app.post('/measures/:id/paste', (c) => pasteValues(c, c.req.param('id')));
  app.get('/capability', (c) => capabilityPage(c));
  app.post('/capability', (c) => addAssessment(c));
  app.get('/enquiries', (c) => enquiriesPage(c));
  app.post('/enquiries/:id', (c) => enquiryStep(c, c.req.param('id')));
  app.get('/cohorts', (c) => cohortsPage(c));
  app.get('/assurance', (c) => assuranceListPage(c));
  app.post('/assurance', (c) => createReturn(c));
  app.get('/assurance/:id', (c) => returnPage(c, c.req.param('id')));
  app.post('/assurance/:id/deliverables', (c) => addDeliverable(c, c.req.param('id')));
  app.post('/assurance/:id/step', (c) => returnStep(c, c.req.param('id')));
  app.get('/sync', (c) => syncPage(c, syncNow));
  app.post('/sync', (c) => runSyncNow(c, syncNow));
  return app;
}
