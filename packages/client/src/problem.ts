/**
 * An RFC 9457 problem document as the Tessera API answers every error (`application/problem+json`).
 * `type` is `/api/v1/problems/<code-with-dashes>`; validation problems list the failing fields in `errors`.
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

/** One failing field of a validation problem: a JSON pointer, the same path as an array, and what is wrong. */
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
