import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type DomainErrorCode,
  type FieldIssue,
} from '@tessera/core';
import { PROBLEM_MEMBERS, type Problem } from './problem.js';

/** An error thrown by the client for an error response: carries the HTTP `status` and the raw `problem`. */
export type ApiError<E extends Error = Error> = E & {
  readonly status: number;
  readonly problem: Problem;
};

/** The domain error codes the client rebuilds; any other problem becomes a plain `Error`. */
const DOMAIN_CODES: readonly DomainErrorCode[] = [
  'not_found',
  'conflict',
  'validation',
  'forbidden',
  'unauthorized',
  'illegal_transition',
  'payload_too_large',
  'unsupported_version',
  'sequence_gap',
];

/** The code of a status, for error responses whose `type` names no Tessera problem (e.g. from a proxy). */
const CODE_OF_STATUS: Partial<Record<number, DomainErrorCode>> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'unsupported_version',
};

const TYPE_PREFIX = /\/api\/v1\/problems\/([a-z0-9-]+)$/;

/** The code a problem document stands for: from its `type` (`.../problems/illegal-transition` -> `illegal_transition`), else its status. */
export function problemCode(problem: Problem): string | undefined {
  const m = TYPE_PREFIX.exec(problem.type);
  if (m) return m[1]!.replace(/-/g, '_');
  return CODE_OF_STATUS[problem.status];
}

/** `#/deliverables/0/rag` -> `['deliverables', 0, 'rag']` (used when a field error has no `path`). */
function pathOfPointer(pointer: string): (string | number)[] {
  const body = pointer.replace(/^#?\/?/, '');
  if (!body) return [];
  return body
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function issuesOf(problem: Problem): FieldIssue[] {
  return (Array.isArray(problem.errors) ? problem.errors : []).map((e) => ({
    path: Array.isArray(e.path)
      ? e.path
      : pathOfPointer(typeof e.pointer === 'string' ? e.pointer : ''),
    message: e.detail,
  }));
}

function extensionsOf(problem: Problem): Record<string, unknown> | undefined {
  const data = Object.fromEntries(
    Object.entries(problem).filter(([k]) => !PROBLEM_MEMBERS.includes(k)),
  );
  return Object.keys(data).length ? data : undefined;
}

function withProblem<E extends Error>(error: E, problem: Problem): ApiError<E> {
  Object.defineProperties(error, {
    status: { value: problem.status, enumerable: true },
    problem: { value: problem, enumerable: true },
  });
  return error as ApiError<E>;
}

/**
 * Turns a problem document back into core's typed error (`ValidationError` with field issues,
 * `NotFoundError`, `ConflictError`, `ForbiddenError`, or `DomainError` for the other codes), with
 * `status` and `problem` set on it; a problem of no domain code (e.g. a 500) becomes a plain `Error`.
 * @example throw problemToError({ type: '/api/v1/problems/not-found', title: 'Not found', status: 404, detail: 'No network' })
 */
export function problemToError(
  problem: Problem,
  request?: { method: string; url: string },
): ApiError {
  const code = problemCode(problem);
  const detail = problem.detail || problem.title || `HTTP ${problem.status}`;
  const data = extensionsOf(problem);
  if (code && (DOMAIN_CODES as readonly string[]).includes(code)) {
    const c = code as DomainErrorCode;
    const error =
      c === 'validation'
        ? new ValidationError(detail, issuesOf(problem))
        : c === 'not_found'
          ? new NotFoundError(detail, data)
          : c === 'conflict' || c === 'illegal_transition' || c === 'sequence_gap'
            ? new ConflictError(detail, data, c)
            : c === 'forbidden'
              ? new ForbiddenError(detail, data)
              : new DomainError(c, detail, data ? { data } : {});
    return withProblem(error, problem);
  }
  const where = request ? ` (${request.method} ${request.url})` : '';
  return withProblem(new Error(`${problem.status} ${problem.title}: ${detail}${where}`), problem);
}

/** Whether `e` was thrown by the client for an error response (it carries `status` and `problem`). */
export function isApiError(e: unknown): e is ApiError {
  return (
    e instanceof Error &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { problem?: unknown }).problem === 'object'
  );
}
