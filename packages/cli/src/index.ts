export { buildProgram, runCli } from './program.js';
export { startInstance, type ServeOptions, type RunningInstance } from './commands/serve.js';
export { CliError } from './cli-error.js';
