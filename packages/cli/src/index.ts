export { buildProgram, runCli } from './program.js';
export { startInstance, type ServeOptions, type RunningInstance } from './commands/serve.js';
export { CliError } from './cli-error.js';
export { defineConfig, TesseraConfig, type TesseraConfigInput } from './config/define-config.js';
export { loadConfig } from './config/load-config.js';
export { resolveServeSettings } from './commands/serve-command.js';
export { stopOnSignals } from './commands/run-instance.js';
export { serveFromEnvironment, DeploymentEnv } from './commands/serve-from-env.js';
