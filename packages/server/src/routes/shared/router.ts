import { OpenAPIHono } from '@hono/zod-openapi';
import { validationErrorFromZod } from '@tessera/core';
import type { AppEnv } from '../../context.js';

/** A router whose request validation failures become `ValidationError`s (400 problem details with field paths). */
export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success)
        throw validationErrorFromZod(result.error as never, 'The request is not valid');
    },
  });
}
