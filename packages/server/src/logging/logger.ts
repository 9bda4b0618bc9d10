import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/** The levels `TESSERA_LOG_LEVEL` accepts, quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** The level of `TESSERA_LOG_LEVEL` (default `info`); an unknown value is refused, not ignored. */
export function logLevelFromEnv(env: Record<string, string | undefined> = process.env): string {
  const level = (env['TESSERA_LOG_LEVEL'] ?? 'info').trim().toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new Error(`TESSERA_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${level}"`);
  return level;
}

let stdout: DestinationStream | undefined;

/**
 * Standard output for log lines, shared by every logger of the process and buffered: lines go out
 * in writes of 2 to 4 KB, or within a second when fewer come, and what is left is written when
 * the process exits (lost only if it is killed). One write per request would cost more than the
 * answer itself on a busy instance. A reader that stops reading loses lines past 16 MB, not memory.
 */
function bufferedStdout(): DestinationStream {
  stdout ??= pino.destination({
    dest: 1,
    sync: false,
    // writes of whole lines, at most PIPE_BUF: atomic on a pipe, never cut by another writer's line
    minLength: 2048,
    maxWrite: 4096,
    maxLength: 16 * 1024 * 1024,
    periodicFlush: 1000,
  });
  return stdout;
}

/**
 * A pino logger writing JSON lines (to buffered stdout unless `destination` is given), at the level of
 * `TESSERA_LOG_LEVEL` unless `level` is given. Errors are serialised under `err` with their stack.
 * @example const logger = createLogger({ level: 'warn' }); createApp({ store, role: 'local', logger })
 */
export function createLogger(
  options: { level?: string; destination?: DestinationStream; name?: string } = {},
): Logger {
  return pino(
    {
      level: options.level ?? logLevelFromEnv(),
      ...(options.name ? { name: options.name } : {}),
      // the keys the request log and error lines share
      messageKey: 'msg',
      errorKey: 'err',
    },
    options.destination ?? bufferedStdout(),
  );
}
