import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { EntityDefinition } from '@tessera/core';
import { etagOf } from '../../cache/read-cache.js';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { createBodySchema, errorResponses, recordSchema } from '../shared/schemas.js';
import { pascal } from '../shared/pascal.js';
import { IdParam } from './id-param.js';
import { ifMatchVersion } from './if-match.js';

type Records = ReturnType<typeof recordSchema>;

/** `POST`, `PATCH` and `DELETE` of an entity's records: editors and admins. */
export function entityWriteRoutes(app: OpenAPIHono<AppEnv>, def: EntityDefinition): void {
  const record = recordSchema(def);
  createEntityRoute(app, def, record);
  updateEntityRoute(app, def, record);
  deleteEntityRoute(app, def);
}

/** `POST /<collection>`: a new record (201 with its location). */
function createEntityRoute(app: OpenAPIHono<AppEnv>, def: EntityDefinition, record: Records): void {
  const base = `/${def.collection}`;
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      operationId: `create${pascal(def.name)}`,
      tags: [def.domain],
      summary: `Create a ${def.name}`,
      security: [{ bearer: [] }],
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: createBodySchema(def) } },
        },
      },
      responses: {
        201: { description: 'Created', content: { 'application/json': { schema: record } } },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        413: errorResponses[413],
      },
    }),
    async (c) => {
      requireRole(c, 'editor');
      const created = await c.var.store.repo(def.name).create(await c.req.json(), writerOf(c));
      return c.json(created, 201, {
        location: `/api/v1${base}/${created.id}`,
        etag: etagOf(JSON.stringify(created)),
      });
    },
  );
}

/** `PATCH /<collection>/{id}`: changes some fields, optionally only at the version `If-Match` names. */
function updateEntityRoute(app: OpenAPIHono<AppEnv>, def: EntityDefinition, record: Records): void {
  const base = `/${def.collection}`;
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      operationId: `update${pascal(def.name)}`,
      tags: [def.domain],
      summary: `Change a ${def.name}`,
      description:
        'Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match` with the `ETag` a GET returned (or a bare version) to refuse the change with 412 if the record moved on.',
      security: [{ bearer: [] }],
      request: {
        params: IdParam,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z
                .record(z.string(), z.unknown())
                .meta({ description: `Any subset of the ${def.name} fields` }),
            },
          },
        },
      },
      responses: {
        200: { description: 'Changed', content: { 'application/json': { schema: record } } },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
        409: errorResponses[409],
      },
    }),
    async (c) => {
      requireRole(c, 'editor');
      const repo = c.var.store.repo(def.name);
      const expectedVersion = await ifMatchVersion(
        c.req.header('if-match'),
        repo,
        c.req.valid('param').id,
      );
      // the body as sent: validation rebuilt it into an object, where a `__proto__` key is lost
      // rather than refused; the store validates the merged record strictly
      const updated = await repo.update(
        c.req.valid('param').id,
        await c.req.json(),
        writerOf(c),
        expectedVersion === undefined ? {} : { expectedVersion },
      );
      // the ETag a GET of it would send, for the client's next If-Match
      return c.json(updated, 200, { etag: etagOf(JSON.stringify(updated)) });
    },
  );
}

/** `DELETE /<collection>/{id}`: the record becomes a tombstone. */
function deleteEntityRoute(app: OpenAPIHono<AppEnv>, def: EntityDefinition): void {
  const base = `/${def.collection}`;
  app.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      operationId: `delete${pascal(def.name)}`,
      tags: [def.domain],
      summary: `Delete a ${def.name}`,
      description: 'The record becomes a tombstone, so the deletion reaches the hub by sync.',
      security: [{ bearer: [] }],
      request: { params: IdParam },
      responses: {
        204: { description: 'Deleted' },
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      requireRole(c, 'editor');
      const repo = c.var.store.repo(def.name);
      await ifMatchVersion(c.req.header('if-match'), repo, c.req.valid('param').id);
      await repo.delete(c.req.valid('param').id, writerOf(c));
      return c.body(null, 204);
    },
  );
}
