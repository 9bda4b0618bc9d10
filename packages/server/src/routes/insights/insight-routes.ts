import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { boardRoutes } from './board-routes.js';
import { coterminosityRoutes } from './coterminosity-routes.js';
import { savingsRoutes } from './savings-routes.js';
import { strategyRoutes } from './strategy-routes.js';

/** Computed views over the instance's data: public, aggregate, no personal fields. */
export function insightRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  strategyRoutes(app);
  coterminosityRoutes(app);
  boardRoutes(app);
  savingsRoutes(app);
  return app;
}
