import { type DomainError, type FieldIssue, isDomainError, issuesOf } from './domain-error.js';
import { errorInfo } from './registry.js';

/**
 * An RFC 9457 problem document, as the Tessera API answers every error
 * (`application/problem+json`). `type` is `/api/v1/problems/<code-with-dashes>`; validation
 * problems list the failing fields in `errors`.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** The request path the problem is about. */
  instance?: string;
  /** Validation problems: one entry per failing field. */
  errors?: ProblemFieldError[];
  /** Extension members (e.g. the `id` and `version` of a conflicting record). */
  [extension: string]: unknown;
}

/** One failing field of a validation problem: a JSON pointer, the same path, and what is wrong. */
export interface ProblemFieldError {
  pointer: string;
  path: (string | number)[];
  detail: string;
}

/** The standard members of a problem document; everything else is an extension. */
export const PROBLEM_MEMBERS: readonly string[] = [
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'errors',
];

/** Whether a parsed JSON body looks like a problem document. */
export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  return typeof b['type'] === 'string' && typeof b['status'] === 'number';
}

/** `["deliverables", 0, "rag"]` -> `#/deliverables/0/rag` (RFC 6901 escapes). */
export function pointerOf(path: (string | number)[]): string {
  return `#/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** The `errors` member of a validation problem for a list of field issues. */
export function fieldErrors(issues: FieldIssue[]): ProblemFieldError[] {
  return issues.map((i) => ({ pointer: pointerOf(i.path), path: i.path, detail: i.message }));
}

/**
 * The problem document of a code: `type`, `title` and `status` from the registry. Extensions go
 * first, so an error's data (e.g. the `status` of a record) never overrides a standard member.
 */
export function problemOf(code: string, detail: string, extra: Record<string, unknown> = {}) {
  const { type, title, status } = errorInfo(code);
  return { ...extra, type, title, status, detail } as Problem;
}

/** The problem document of a domain error (of any copy of core): its code, message and data. */
export function domainErrorToProblem(error: DomainError): Problem {
  const { issues: _issues, ...data } = error.data ?? {};
  if (error.code === 'validation')
    return problemOf('validation', error.message, {
      ...data,
      errors: fieldErrors(issuesOf(error)),
    });
  return problemOf(error.code, error.message, data);
}

/**
 * Turns any error into a problem document: a domain error (recognised by its brand and code, so
 * one from another copy of core too) answers its code's status; anything else is `internal` (500)
 * without details, for the caller to log.
 * @example errorToProblem(new NotFoundError('No network n1')).status // 404
 */
export function errorToProblem(error: unknown): Problem {
  if (isDomainError(error)) return domainErrorToProblem(error);
  return problemOf('internal', 'An unexpected error occurred; it has been logged');
}
