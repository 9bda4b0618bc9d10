import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole } from '../../auth/auth.js';
import { cacheKey } from './cache-key.js';
import { Loose, errorResponses } from './schemas.js';

/** A read-only view computed from the stored data, answered from the read cache. */
export interface ComputedView<Q extends z.ZodObject> {
  path: string;
  tag: string;
  summary: string;
  description: string;
  /** The id of the answer's schema in the OpenAPI document. */
  id: string;
  query: Q;
  /** `viewer` needs a bearer token (the view shows personal data); default public. */
  access?: 'public' | 'viewer';
  /** Whether the cached answer may be served before authentication (public aggregates only). */
  publicCache?: boolean;
  compute: (store: Store, query: z.output<Q>) => Promise<unknown>;
}

/** Registers `GET <path>` for a computed view. */
export function computedView<Q extends z.ZodObject>(
  app: OpenAPIHono<AppEnv>,
  view: ComputedView<Q>,
): void {
  const viewer = view.access === 'viewer';
  const route = createRoute({
    method: 'get',
    path: view.path,
    tags: [view.tag],
    summary: view.summary,
    description: view.description,
    ...(viewer ? { security: [{ bearer: [] }] } : {}),
    // widened to a plain object schema: the handler's query type is the view's own
    request: { query: view.query as z.ZodObject },
    responses: {
      200: {
        description: view.summary,
        content: { 'application/json': { schema: Loose(view.id, view.description) } },
      },
      400: errorResponses[400],
      ...(viewer ? { 401: errorResponses[401] } : {}),
    },
  });
  const prefix = view.access ? `${view.access}:` : '';
  app.openapi(route, async (c) => {
    if (viewer) requireRole(c, 'viewer');
    return c.var.cache.respond(
      c,
      prefix + cacheKey(c.req.url),
      () => view.compute(c.var.store, c.req.valid('query') as z.output<Q>),
      view.publicCache ?? false,
    ) as never;
  });
}
