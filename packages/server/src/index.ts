export { createApp, type CreateAppOptions } from './app.js';
export type { AppEnv, AppContext, InstanceRole } from './context.js';
export {
  errorToProblem,
  problemOf,
  problemType,
  STATUS_OF,
  type Problem,
} from './problem/problem.js';
export { createLogger, logLevelFromEnv, LOG_LEVELS, type Logger } from './logging/logger.js';
