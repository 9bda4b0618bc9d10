import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { EntityDefinition } from '@tessera/core';
import { MAX_LIMIT } from '@tessera/store';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { requireRole } from '../../auth/auth.js';
import { cacheKey } from '../shared/cache-key.js';
import { cachedJson } from '../shared/cached-json.js';
import { pascal } from '../shared/pascal.js';
import { errorResponses, pageSchema, recordSchema } from '../shared/schemas.js';
import { IdParam } from './id-param.js';
import { queryInt } from '../shared/query-int.js';

/**
 * A filter's query parameter: one of the values of an enumerated field (so `?type=constructor` is
 * 400 naming the values, not an empty page), bounded text otherwise.
 */
function filterOf(def: EntityDefinition, field: string): z.ZodString | z.ZodEnum {
  let schema: z.core.$ZodType | undefined = def.schema.shape[field];
  // through optional, nullable and default wrappers to the field's own type
  while (schema && 'innerType' in schema._zod.def)
    schema = schema._zod.def.innerType as z.core.$ZodType;
  if (!(schema instanceof z.ZodEnum)) return z.string().max(200);
  const values = schema.options.map(String);
  return z.enum(values as [string, ...string[]]);
}

/** The list query of an entity: page size, cursor and its equality filters. */
function listQuery(def: EntityDefinition) {
  const filterShape: Record<string, z.ZodOptional<z.ZodString | z.ZodEnum>> = {};
  for (const f of ['owner', ...def.filters]) filterShape[f] = filterOf(def, f).optional();
  return z.object({
    limit: queryInt(1, MAX_LIMIT)
      .optional()
      .meta({ description: `Page size, 1-${MAX_LIMIT} (default 50)` }),
    cursor: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'Opaque cursor from the previous page' }),
    ...filterShape,
  });
}

/** `GET /<collection>` and `GET /<collection>/{id}`: public or viewer, as the entity says. */
export function entityReadRoutes(app: OpenAPIHono<AppEnv>, def: EntityDefinition): void {
  const tag = def.domain;
  const base = `/${def.collection}`;
  const record = recordSchema(def);
  const ListQuery = listQuery(def);
  const read = (c: Context<AppEnv>) => {
    if (def.readAccess === 'viewer') requireRole(c, 'viewer');
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      operationId: `list${pascal(def.collection)}`,
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
      return cachedJson(
        c,
        cacheKey(c.req.url),
        () =>
          c.var.store
            .repo(def.name)
            .list({ filters, ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) }),
        def.readAccess === 'public',
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      operationId: `get${pascal(def.name)}`,
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
      return cachedJson(
        c,
        cacheKey(c.req.url),
        () => c.var.store.repo(def.name).require(id),
        def.readAccess === 'public',
      );
    },
  );
}
