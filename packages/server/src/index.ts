export { createApp, type CreateAppOptions } from './app.js';
export type { AppEnv, AppContext, InstanceRole } from './context.js';
export {
  errorToProblem,
  problemOf,
  problemType,
  STATUS_OF,
  type Problem,
} from './problem/problem.js';
export {
  createInstance,
  type CreateInstanceOptions,
  type Instance,
} from './instance/create-instance.js';
export { InstanceMetrics } from './instance/instance-metrics.js';
export { pluginHostOf, type PluginHost } from './plugins/plugin-host.js';
export { createLogger, logLevelFromEnv, LOG_LEVELS, type Logger } from './logging/logger.js';
export { serveApp } from './http/serve-app.js';
export type { AnsweredRequest, AnswerListener } from './logging/request-log.js';
