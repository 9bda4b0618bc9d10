import type { OpenAPIHono } from '@hono/zod-openapi';
import type { EntityDefinition } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { entityReadRoutes } from './entity-read-routes.js';
import { entityWriteRoutes } from './entity-write-routes.js';

/** List, read, create, update and delete routes for one entity under `/api/v1/<collection>`. */
export function entityRoutes(def: EntityDefinition): OpenAPIHono<AppEnv> {
  const app = router();
  entityReadRoutes(app, def);
  entityWriteRoutes(app, def);
  return app;
}
