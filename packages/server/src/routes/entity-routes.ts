import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { router } from './router.js';
import { z } from 'zod';
import type { EntityDefinition } from '@tessera/core';
import { MAX_LIMIT } from '@tessera/store';
import type { AppEnv } from '../context.js';
import { requireRole, writerOf } from '../auth/auth.js';
import { createBodySchema, errorResponses, pageSchema, recordSchema } from './schemas.js';

const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { name: 'id', in: 'path' }, example: '0190f5d2-…' }),
});

/** The cache key of a read: its path and query. */
export const cacheKey = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/** List, read, create, update and delete routes for one entity under `/api/v1/<collection>`. */
export function entityRoutes(def: EntityDefinition): OpenAPIHono<AppEnv> {
  const app = router();
  const tag = def.domain;
  const base = `/${def.collection}`;
  const record = recordSchema(def);
  const read = (c: Parameters<Parameters<typeof app.openapi>[1]>[0]) => {
    if (def.readAccess === 'viewer') requireRole(c as never, 'viewer');
  };

  const filterShape: Record<string, z.ZodOptional<z.ZodString>> = {};
  for (const f of ['owner', ...def.filters]) filterShape[f] = z.string().max(200).optional();
  const ListQuery = z.object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_LIMIT)
      .optional()
      .meta({ description: `Page size, 1-${MAX_LIMIT} (default 50)` }),
    cursor: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'Opaque cursor from the previous page' }),
    ...filterShape,
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags: [tag],
      summary: `List ${def.collection}`,
      description: def.description,
      security: def.readAccess === 'viewer' ? [{ bearer: [] }] : [],
      request: { query: ListQuery },
      responses: {
        200: {
          description: 'A page',
          content: { 'application/json': { schema: pageSchema(def) } },
        },
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      read(c);
      const { limit, cursor, ...filters } = c.req.valid('query');
      return c.var.cache.respond(
        c,
        cacheKey(c.req.url),
        () =>
          c.var.store
            .repo(def.name)
            .list({ filters, ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) }),
        def.readAccess === 'public',
      ) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Get a ${def.name}`,
      security: def.readAccess === 'viewer' ? [{ bearer: [] }] : [],
      request: { params: IdParam },
      responses: {
        200: { description: 'The record', content: { 'application/json': { schema: record } } },
        401: errorResponses[401],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      read(c);
      const { id } = c.req.valid('param');
      return c.var.cache.respond(
        c,
        cacheKey(c.req.url),
        () => c.var.store.repo(def.name).require(id),
        def.readAccess === 'public',
      ) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags: [tag],
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
      return c.json(created as never, 201, { location: `/api/v1${base}/${created.id}` });
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags: [tag],
      summary: `Change a ${def.name}`,
      description:
        'Send the fields to change; `null` removes an optional field. The merged record is validated as a whole. Send `If-Match: <version>` to refuse the change if the record moved on.',
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
      const ifMatch = c.req.header('if-match');
      const expectedVersion =
        ifMatch && /^"?\d+"?$/.test(ifMatch) ? Number(ifMatch.replace(/"/g, '')) : undefined;
      const updated = await c.var.store
        .repo(def.name)
        .update(
          c.req.valid('param').id,
          c.req.valid('json'),
          writerOf(c),
          expectedVersion === undefined ? {} : { expectedVersion },
        );
      return c.json(updated as never, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags: [tag],
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
      await c.var.store.repo(def.name).delete(c.req.valid('param').id, writerOf(c));
      return c.body(null, 204);
    },
  );

  return app;
}
