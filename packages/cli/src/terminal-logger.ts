import { createLogger, type Logger } from '@tessera/server';

/**
 * The logger of a served instance: JSON lines at `TESSERA_LOG_LEVEL` (for log collectors), or,
 * when stdout is a terminal and the optional `pino-pretty` is installed, readable coloured lines.
 */
export async function terminalLogger(): Promise<Logger> {
  if (process.stdout.isTTY) {
    try {
      const { default: pretty } = await import('pino-pretty');
      return createLogger({
        destination: pretty({
          colorize: true,
          translateTime: 'SYS:HH:MM:ss',
          ignore: 'pid,hostname',
        }),
      });
    } catch {
      // not installed: JSON it is
    }
  }
  return createLogger();
}
