import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole } from '../../auth/auth.js';
import { cacheKey } from './cache-key.js';
import { cachedJson } from './cached-json.js';
import { errorResponses } from './schemas.js';

/** A read-only view computed from the stored data, answered from the read cache. */
export interface ComputedView<Q extends z.ZodObject, R extends z.ZodType> {
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  query: Q;
  /** The answer's schema (with an `id` in its meta, so the document names it). */
  response: R;
  /** `viewer` needs a bearer token (the view shows personal data); default public. */
  access?: 'public' | 'viewer';
  /** Whether the cached answer may be served before authentication (public aggregates only). */
  publicCache?: boolean;
  compute: (store: Store, query: z.output<Q>) => Promise<z.input<R>>;
}

/** The route of a computed view: `GET <path>` with its query and answer. */
function viewRoute<Q extends z.ZodObject, R extends z.ZodType>(view: ComputedView<Q, R>) {
  const viewer = view.access === 'viewer';
  return createRoute({
    method: 'get',
    path: view.path,
    operationId: view.operationId,
    tags: [view.tag],
    summary: view.summary,
    description: view.description,
    ...(viewer ? { security: [{ bearer: [] }] } : {}),
    request: { query: view.query },
    responses: {
      200: {
        description: view.summary,
        content: { 'application/json': { schema: view.response } },
      },
      400: errorResponses[400],
      401: errorResponses[401],
    },
  });
}

/** Registers `GET <path>` for a computed view. */
export function computedView<Q extends z.ZodObject, R extends z.ZodType>(
  app: OpenAPIHono<AppEnv>,
  view: ComputedView<Q, R>,
): void {
  const prefix = view.access ? `${view.access}:` : '';
  const query = view.query;
  app.openapi(viewRoute(view), async (c) => {
    if (view.access === 'viewer') requireRole(c, 'viewer');
    // validated by the route; parsed again here so its type is the view's own query type
    const q = query.parse(c.req.query());
    return cachedJson(
      c,
      prefix + cacheKey(c.req.url),
      () => view.compute(c.var.store, q),
      view.publicCache ?? false,
    );
  });
}
