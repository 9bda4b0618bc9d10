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

/**
 * A pino logger writing JSON lines (to stdout unless `destination` is given), at the level of
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
    options.destination,
  );
}
