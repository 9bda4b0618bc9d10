import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, InstanceRole } from '../../context.js';
import { router } from '../shared/router.js';
import { pullRoute } from './pull-route.js';
import { pushRoute } from './push-route.js';
import { quarantineRoute } from './quarantine-route.js';
import { recordsRoute } from './records-route.js';
import { repairRoute } from './repair-route.js';
import { statusRoute } from './status-route.js';

/**
 * The sync API (DESIGN.md "Sync"): push and pull on the hub, the records the hub holds for an
 * origin (for reconciliation), the quarantine, and status on both sides.
 */
export function syncRoutes(role: InstanceRole): OpenAPIHono<AppEnv> {
  const app = router();
  pushRoute(app, role);
  pullRoute(app, role);
  recordsRoute(app, role);
  statusRoute(app, role);
  quarantineRoute(app, role);
  repairRoute(app, role);
  return app;
}
