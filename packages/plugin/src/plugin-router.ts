import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { validationErrorFromZod } from '@tessera/core';

/**
 * The router a plugin returns from `routes`: invalid requests become the host's 400 problem
 * details with field paths, like every core route.
 * @example routes: (ctx) => createPluginRouter().openapi(createRoute({ ... }), handler)
 */
export function createPluginRouter<E extends Env = Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success)
        throw validationErrorFromZod(result.error as never, 'The request is not valid');
    },
  });
}
