import {
  errorInfo,
  errorToProblem as coreErrorToProblem,
  problemOf as coreProblemOf,
  type DomainErrorCode,
  ERROR_REGISTRY,
  isDomainError,
  type Problem,
} from '@tessera/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { RequestError } from '@hono/node-server';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export { problemType, type Problem } from '@tessera/core';

/** Each domain error code's status, as the registry in core declares it (a view, not a copy). */
export const STATUS_OF = Object.fromEntries(
  Object.entries(ERROR_REGISTRY).map(([code, { status }]) => [code, status]),
) as Record<DomainErrorCode, ContentfulStatusCode>;

/** A problem document of `code`; `status` defaults to the registry's. */
export function problemOf(
  code: string,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
): Problem {
  return { ...coreProblemOf(code, detail, extra), status };
}

/** Sends a problem document with `application/problem+json`. */
export function sendProblem(c: Context, problem: Problem): Response {
  return c.body(
    JSON.stringify({ ...problem, instance: problem.instance ?? c.req.path }),
    problem.status as ContentfulStatusCode,
    { 'content-type': 'application/problem+json' },
  );
}

/** The code an HTTP exception of Hono's (body limit, bad JSON, ...) stands for. */
function codeOfHttpException(status: number): DomainErrorCode {
  if (status === 413) return 'payload_too_large';
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  return 'validation';
}

/**
 * Maps any thrown error to a problem document through core's registry: domain errors (of any copy
 * of core: recognised by code, not class) answer their code's status; Hono's HTTP exceptions
 * theirs; anything else is logged and answered 500 without details.
 */
export function errorToProblem(
  err: unknown,
  log: (msg: string, e: unknown) => void = () => {},
): Problem {
  if (isDomainError(err)) return coreErrorToProblem(err);
  if (err instanceof HTTPException) {
    const code = codeOfHttpException(err.status);
    const detail =
      err.status === 400 && /JSON/i.test(err.message)
        ? 'The request body is not valid JSON'
        : err.message || errorInfo(code).title;
    return problemOf(code, err.status, detail);
  }
  // the client went away while its request was read: nothing of ours failed, and no one hears the answer
  if (clientAborted(err))
    return problemOf(
      codeOfHttpException(400),
      400,
      'The client closed the request before it was read',
    );
  log('unexpected error', err);
  return coreErrorToProblem(err);
}

/** Whether `err` is the request's connection closing early (node's `aborted`, the adapter's RequestError). */
function clientAborted(err: unknown): boolean {
  if (err instanceof RequestError) return true;
  const e = err as { code?: unknown; message?: unknown } | null;
  return e?.code === 'ECONNRESET' || e?.code === 'ECONNABORTED' || e?.message === 'aborted';
}
