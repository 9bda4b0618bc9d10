import { problemCode, problemToError as coreProblemToError, type Problem } from '@tessera/core';

export { problemCode };

/** An error thrown by the client for an error response: carries the HTTP `status` and the raw `problem`. */
export type ApiError<E extends Error = Error> = E & {
  readonly status: number;
  readonly problem: Problem;
};

/**
 * Turns a problem document back into core's typed error (core's `problemToError`: the class of its
 * code, with `status` and `problem` set on it); an `internal` problem (e.g. a 500) names the
 * request in its message.
 * @example throw problemToError({ type: '/api/v1/problems/not-found', title: 'Not found', status: 404, detail: 'No network' })
 */
export function problemToError(
  problem: Problem,
  request?: { method: string; url: string },
): ApiError {
  const error = coreProblemToError(problem);
  if (error.code === 'internal' && request)
    error.message = `${problem.status} ${problem.title}: ${error.message} (${request.method} ${request.url})`;
  return error;
}

/** Whether `e` was thrown by the client for an error response (it carries `status` and `problem`). */
export function isApiError(e: unknown): e is ApiError {
  return (
    e instanceof Error &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { problem?: unknown }).problem === 'object'
  );
}
