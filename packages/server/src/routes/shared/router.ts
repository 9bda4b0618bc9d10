import { OpenAPIHono } from '@hono/zod-openapi';
import { validationErrorFromZod } from '@tessera/core';
import { z } from 'zod';
import type { AppEnv } from '../../context.js';

/** Zod's one "unrecognized keys" issue becomes one issue per key, each at its own path (naming it). */
function perKey(error: z.ZodError): z.ZodError {
  const issues = error.issues.flatMap((i): z.core.$ZodIssue[] =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ ...i, path: [...i.path, k], message: `unknown parameter "${k}"` }))
      : [i],
  );
  return new z.ZodError(issues);
}

/**
 * A route's query made strict: an unknown parameter (a misspelt filter such as `organisationIdd`)
 * is refused with 400 naming it rather than ignored. A GET route without a query schema takes none.
 */
function strictQuery<R extends { method: string; request?: { query?: unknown } }>(route: R): R {
  const query = route.request?.query as z.ZodObject | undefined;
  if (query instanceof z.ZodObject) {
    if (query.def.catchall !== undefined) return route;
    return { ...route, request: { ...route.request, query: query.strict() } };
  }
  if (query === undefined && route.method === 'get')
    return { ...route, request: { ...(route.request ?? {}), query: z.object({}).strict() } };
  return route;
}

/**
 * A router whose request validation failures become `ValidationError`s (400 problem details with
 * field paths), and whose routes refuse unknown query parameters.
 */
export function router(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw validationErrorFromZod(perKey(result.error), 'The request is not valid');
    },
  });
  const openapi = app.openapi.bind(app);
  app.openapi = ((route: Parameters<typeof openapi>[0], ...rest: unknown[]) =>
    (openapi as (...a: unknown[]) => unknown)(strictQuery(route), ...rest)) as typeof app.openapi;
  return app;
}
