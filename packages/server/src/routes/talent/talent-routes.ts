import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { benchmarkRoutes } from './benchmark-routes.js';
import { diversityRoutes } from './diversity-routes.js';
import { followUpRoutes } from './follow-up-routes.js';
import { matchingRoutes } from './matching-routes.js';
import { successionRoutes } from './succession-routes.js';
import { valueForMoneyRoutes } from './value-for-money-routes.js';

/** Leadership development and talent (programmes, evaluation, mentoring, succession, diversity). */
export function talentRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  successionRoutes(app);
  followUpRoutes(app);
  matchingRoutes(app);
  valueForMoneyRoutes(app);
  diversityRoutes(app);
  benchmarkRoutes(app);
  return app;
}
