import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from './logger.js';

/**
 * One log line per request, when the answer is made: method, route (the matched pattern, e.g.
 * `/api/v1/networks/:id`), path, status, duration in milliseconds and the request id (set by
 * Hono's `requestId` middleware from `x-request-id`, or made). Server errors log at `error`, the
 * rest at `info`.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const line = {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: routePath(c, -1),
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  };
}
