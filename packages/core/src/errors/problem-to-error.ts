import {
  ConfigurationError,
  ConflictError,
  DomainError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  PluginError,
  UnavailableError,
  ValidationError,
} from './domain-error.js';
import { PROBLEM_MEMBERS, type Problem } from './problem.js';
import { codeOfProblemType, codeOfStatus, type DomainErrorCode } from './registry.js';

/** A domain error rebuilt from an error response: it carries the HTTP `status` and the `problem`. */
export type ProblemError<E extends DomainError = DomainError> = E & {
  readonly status: number;
  readonly problem: Problem;
};

/** The code a problem document stands for: from its `type`, else from its status. */
export function problemCode(problem: Pick<Problem, 'type' | 'status'>): DomainErrorCode {
  return codeOfProblemType(String(problem.type ?? '')) ?? codeOfStatus(problem.status);
}

/** `#/deliverables/0/rag` -> `['deliverables', 0, 'rag']` (when a field error has no `path`). */
function pathOfPointer(pointer: string): (string | number)[] {
  const body = pointer.replace(/^#?\/?/, '');
  if (!body) return [];
  return body
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function issuesOfProblem(problem: Problem): FieldIssue[] {
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

/** The subclass each code is rebuilt as; codes not listed become a plain `DomainError`. */
function build(code: DomainErrorCode, detail: string, problem: Problem): DomainError {
  const data = extensionsOf(problem);
  switch (code) {
    case 'validation':
      return new ValidationError(detail, issuesOfProblem(problem));
    case 'not_found':
      return new NotFoundError(detail, data);
    case 'conflict':
    case 'illegal_transition':
    case 'sequence_gap':
    case 'precondition_failed':
      return new ConflictError(detail, data, code);
    case 'forbidden':
      return new ForbiddenError(detail, data);
    case 'plugin_refused':
    case 'plugin_failed':
      return Object.assign(new PluginError(String(data?.['plugin'] ?? ''), detail, { code }), {
        data: data ?? {},
      });
    case 'unavailable':
      return new UnavailableError(detail, data ? { data } : {});
    case 'misconfigured':
      return new ConfigurationError(detail, data);
    default:
      return new DomainError(code, detail, data ? { data } : {});
  }
}

/**
 * Turns a problem document back into core's error for its code (`ValidationError` with the field
 * issues, `NotFoundError`, `ConflictError`, ...), with `status` and `problem` set on it. The code
 * comes from the problem's `type`, or from its status when the type names no Tessera code.
 * @example throw problemToError({ type: '/api/v1/problems/not-found', title: 'Not found', status: 404, detail: 'No network' })
 */
export function problemToError(problem: Problem): ProblemError {
  const detail = problem.detail || problem.title || `HTTP ${problem.status}`;
  const error = build(problemCode(problem), detail, problem);
  Object.defineProperties(error, {
    status: { value: problem.status, enumerable: true },
    problem: { value: problem, enumerable: true },
  });
  return error as ProblemError;
}
