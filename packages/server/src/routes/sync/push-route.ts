import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { PushBatch, PushHandler } from '@tessera/sync';
import type { AppEnv, InstanceRole } from '../../context.js';
import { errorResponses } from '../shared/schemas.js';
import { PushResultSchema } from './sync-schemas.js';
import { requireSync, syncGuard } from './sync-auth.js';

/**
 * `PushBatch` as the JSON Schema (2020-12, as OpenAPI 3.1 uses) of the push route's body, as plain
 * JSON data (a document component, not a validator: the body is screened by the push handler).
 */
function pushBatchJsonSchema() {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(PushBatch, { unrepresentable: 'any' });
  return JSON.parse(JSON.stringify(schema));
}

const route = (role: InstanceRole) =>
  createRoute({
    middleware: [syncGuard(role, 'sync')] as const,
    method: 'post',
    path: '/sync/push',
    operationId: 'pushChanges',
    tags: ['sync'],
    summary: 'Push a batch of an origin’s changes to the hub (exactly once)',
    security: [{ bearer: [] }],
    description:
      'Applies the batch in one transaction with the origin’s sequence mark. A replay is ignored; a gap answers 409 with `expectedSeq`; another instance’s record 403; a personal field 400; a schema version the hub cannot read 422; a poison record is quarantined and acknowledged.',
    // documented as JSON Schema, screened by the push handler after the token is checked (on a worker
    // thread, while the origin's batch ahead is applied): the route validator would check it on the main thread
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/PushBatch' } } },
      },
    },
    responses: {
      200: {
        description: 'Applied',
        content: {
          'application/json': {
            schema: PushResultSchema,
          },
        },
      },
      400: errorResponses[400],
      401: errorResponses[401],
      403: errorResponses[403],
      404: errorResponses[404],
      409: errorResponses[409],
      413: errorResponses[413],
      422: errorResponses[422],
    },
  });

/** `POST /sync/push`: authenticates, reads the body and hands it to the sync package's handler. */
export function pushRoute(app: OpenAPIHono<AppEnv>, role: InstanceRole): void {
  app.openAPIRegistry.registerComponent('schemas', 'PushBatch', pushBatchJsonSchema());
  const handler = new PushHandler();
  // push bodies are screened on a worker thread while the batch before is applied
  if (role === 'hub') handler.warm();
  app.openapi(route(role), async (c) => {
    const instance = requireSync(c);
    const actor = `sync:${instance}:${c.var.auth!.id}`;
    const body = async () => new Uint8Array(await c.req.arrayBuffer());
    const result = await handler.handle(c.var.store, { instance, actor, body });
    return c.json(result, 200);
  });
}
