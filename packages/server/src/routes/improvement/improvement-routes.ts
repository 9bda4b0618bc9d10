import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { capabilityRoutes } from './capability-routes.js';
import { enquirySlaRoutes } from './enquiry-sla-routes.js';
import { enquiryWorkflowRoutes } from './enquiry-workflow-routes.js';
import { expertRoutes } from './expert-routes.js';
import { interventionRoutes } from './intervention-routes.js';
import { measureSpcRoutes } from './measure-spc-routes.js';
import { resourceRoutes } from './resource-routes.js';
import { spcRoutes } from './spc-routes.js';

/** Improvement (issue: SPC the NHS way, capability baseline, interventions, one-stop shop). */
export function improvementRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  spcRoutes(app);
  measureSpcRoutes(app);
  capabilityRoutes(app);
  interventionRoutes(app);
  enquirySlaRoutes(app);
  resourceRoutes(app);
  expertRoutes(app);
  enquiryWorkflowRoutes(app);
  return app;
}
