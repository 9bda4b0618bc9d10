import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, ValidationError, type DomainErrorCode, type FieldIssue } from '@tessera/core';

/** RFC 9457 problem details, as every error of the API is answered. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { pointer: string; path: (string | number)[]; detail: string }[];
  [extension: string]: unknown;
}

/** Each domain error code answers one HTTP status, mapped here and nowhere else. */
export const STATUS_OF: Record<DomainErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  sequence_gap: 409,
  payload_too_large: 413,
  unsupported_version: 422,
};

const TITLES: Record<string, string> = {
  validation: 'Invalid request',
  unauthorized: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  conflict: 'Conflict',
  illegal_transition: 'Illegal transition',
  sequence_gap: 'Sequence gap',
  payload_too_large: 'Payload too large',
  unsupported_version: 'Unsupported schema version',
  internal: 'Internal error',
  method_not_allowed: 'Method not allowed',
};

/** The `type` URI of a problem: a relative reference under the API, stable per code. */
export const problemType = (code: string) => `/api/v1/problems/${code.replace(/_/g, '-')}`;

function pointer(path: (string | number)[]): string {
  return `#/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

export function problemOf(
  code: string,
  status: number,
  detail: string,
  extra: Partial<Problem> = {},
): Problem {
  // extensions first: a domain error's data (e.g. a `status` of a record) never overrides a standard member
  return { ...extra, type: problemType(code), title: TITLES[code] ?? 'Error', status, detail };
}

export function fieldErrors(issues: FieldIssue[]): Problem['errors'] {
  return issues.map((i) => ({ pointer: pointer(i.path), path: i.path, detail: i.message }));
}

/** Sends a problem document with `application/problem+json`. */
export function sendProblem(c: Context, problem: Problem): Response {
  return c.body(
    JSON.stringify({ ...problem, instance: problem.instance ?? c.req.path }),
    problem.status as ContentfulStatusCode,
    {
      'content-type': 'application/problem+json',
    },
  );
}

/** Maps any thrown error to a problem document; unexpected errors are logged and answered 500 without details. */
export function errorToProblem(
  err: unknown,
  log: (msg: string, e: unknown) => void = (m, e) => console.error(m, e),
): Problem {
  if (err instanceof ValidationError)
    return problemOf('validation', 400, err.message, { errors: fieldErrors(err.issues) });
  if (err instanceof DomainError) {
    const { issues: _ignored, ...data } = (err.data ?? {}) as Record<string, unknown>;
    return problemOf(err.code, STATUS_OF[err.code], err.message, data);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 401
          ? 'unauthorized'
          : status === 404
            ? 'not_found'
            : 'validation';
    const detail =
      status === 400 && /JSON/i.test(err.message)
        ? 'The request body is not valid JSON'
        : err.message || TITLES[code]!;
    return problemOf(code, status, detail);
  }
  log('unexpected error', err);
  return problemOf('internal', 500, 'An unexpected error occurred; it has been logged');
}
