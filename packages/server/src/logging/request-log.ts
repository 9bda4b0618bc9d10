import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from './logger.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** The request's id: the caller's `x-request-id` when safe, else a new UUID. */
    requestId: string;
  }
}

/** What is known of a request once it is answered: its log line, and what metrics count. */
export interface AnsweredRequest {
  requestId: string;
  method: string;
  /** The matched pattern, e.g. `/api/v1/networks/:id` (ids never become labels). */
  route: string;
  path: string;
  status: number;
  /** Milliseconds from the request's arrival to its answer, to a tenth. */
  ms: number;
  /** Answered by the cached-read lane, from the read cache's bytes before routing. */
  cached?: true;
}

/** Who hears of every answered request (the instance's metrics), whichever way it was answered. */
export type AnswerListener = (answer: AnsweredRequest) => void;

const MAX_REQUEST_ID = 255;
const UNSAFE_REQUEST_ID = /[^\w\-=]/;

/**
 * The id of a request: the caller's `x-request-id` when it is at most 255 word characters, `-` or
 * `=` (so it is safe in a log line and a header), else a new UUID.
 */
export function requestIdOf(header: string | undefined): string {
  return header && header.length <= MAX_REQUEST_ID && !UNSAFE_REQUEST_ID.test(header)
    ? header
    : crypto.randomUUID();
}

/** Writes the request's log line (server errors at `error`, the rest at `info`) and tells `listener`. */
export function logAnswered(
  logger: Logger,
  answer: AnsweredRequest,
  listener: AnswerListener | undefined,
): void {
  if (answer.status >= 500) logger.error(answer, 'request');
  else logger.info(answer, 'request');
  listener?.(answer);
}

/** Milliseconds since `started` (a `performance.now()`), to a tenth. */
export const elapsedMs = (started: number) => Math.round((performance.now() - started) * 10) / 10;

/**
 * Gives every request its id (`c.get('requestId')`, answered in `x-request-id`) and, when the
 * answer is made, one log line: method, route (the matched pattern of the handler that answered),
 * path, status, duration in milliseconds and the request id. `listener` hears of each answer too.
 */
export function requestLog(logger: Logger, listener?: AnswerListener): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const id = requestIdOf(c.req.header('x-request-id'));
    c.set('requestId', id);
    c.header('x-request-id', id);
    await next();
    const route = routePath(c);
    logAnswered(
      logger,
      {
        requestId: id,
        method: c.req.method,
        // after next(): the handler that answered (the last one dispatched), not the last matched
        route: route === '*' || route === '/*' || route === '' ? 'unmatched' : route,
        path: c.req.path,
        status: c.res.status,
        ms: elapsedMs(started),
      },
      listener,
    );
  };
}
