/**
 * The problem document of the API: declared once, in `@tessera/core`, and re-exported here for
 * the client's users.
 */
export {
  isProblem,
  PROBLEM_MEMBERS,
  type Problem,
  type ProblemFieldError,
} from '@tessera/core';
