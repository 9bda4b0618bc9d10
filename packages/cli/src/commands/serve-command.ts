import { type Command, InvalidArgumentError, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { DEFAULT_DB } from './command-options.js';
import { TesseraConfig } from '../config/define-config.js';

function number(min: number, max: number, what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected ${what}`);
    return n;
  };
}

/** Flags of `serve`: each also read from a `TESSERA_*` variable; either overrides the config file. */
interface ServeFlags {
  config?: string;
  db?: string;
  dbAuthToken?: string;
  port?: number;
  host?: string;
  instance?: string;
  role?: 'local' | 'hub';
  seed?: 'england';
  hub?: string;
  hubToken?: string;
  syncInterval?: number;
  suppressionFloor?: number;
}

const opt = (flags: string, help: string, env: string) => new Option(flags, help).env(env);

/** What `serve` runs with: the config file's settings under the environment's and the flags'. */
export async function resolveServeSettings(flags: ServeFlags): Promise<TesseraConfig> {
  const { config: path, ...given } = flags;
  const fromFile = path ? await (await import('../config/load-config.js')).loadConfig(path) : {};
  const merged = {
    ...fromFile,
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
  };
  const parsed = TesseraConfig.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || '(settings)';
    throw new CliError(
      `invalid setting ${field}: ${issue.message}${path ? ` (config ${path}, TESSERA_* variables and flags)` : ''}`,
    );
  }
  return parsed.data;
}

/** `tessera serve`: an instance from a config file, `TESSERA_*` variables and flags (in rising order). */
export function addServeCommand(program: Command, io: { out: (s: string) => void }): Command {
  // through program.command, so that it inherits the program's output and exit settings
  return program
    .command('serve')
    .description(
      'Start an instance: open (create, migrate) the database and serve the API (flags and TESSERA_* variables override --config)',
    )
    .addOption(
      opt('--config <file>', 'a config file: tessera.config.ts, .js or .mjs', 'TESSERA_CONFIG'),
    )
    .addOption(opt('--db <url>', `libSQL database URL (default ${DEFAULT_DB})`, 'TESSERA_DB'))
    .addOption(
      opt(
        '--db-auth-token <token>',
        'auth token of a remote libSQL server',
        'TESSERA_DB_AUTH_TOKEN',
      ),
    )
    .addOption(
      opt('--port <n>', 'port to listen on (default 8787)', 'TESSERA_PORT').argParser(
        number(0, 65535, 'a port number 0-65535'),
      ),
    )
    .addOption(opt('--host <address>', 'address to listen on (default 127.0.0.1)', 'TESSERA_HOST'))
    .addOption(
      opt(
        '--instance <id>',
        'this instance\'s id, e.g. ahsn-wessex; "hub" for the national hub',
        'TESSERA_INSTANCE',
      ),
    )
    .addOption(
      opt('--role <role>', 'local (default) or hub', 'TESSERA_ROLE').choices(['local', 'hub']),
    )
    .addOption(
      opt('--seed <name>', 'load reference data before serving', 'TESSERA_SEED').choices([
        'england',
      ]),
    )
    .addOption(opt('--hub <url>', 'sync with this hub in the background (a region)', 'TESSERA_HUB'))
    .addOption(
      opt(
        '--hub-token <token>',
        'the sync token the hub issued for this instance',
        'TESSERA_HUB_TOKEN',
      ),
    )
    .addOption(
      opt(
        '--sync-interval <seconds>',
        'seconds between background syncs (default 60)',
        'TESSERA_SYNC_INTERVAL',
      ).argParser(number(1, 86_400, 'a number of seconds >= 1')),
    )
    .addOption(
      opt(
        '--suppression-floor <n>',
        'smallest count a published aggregate shows (default 10)',
        'TESSERA_SUPPRESSION_FLOOR',
      ).argParser(number(2, 100, 'a whole number from 2 to 100')),
    )
    .action(async (flags: ServeFlags) => {
      const s = await resolveServeSettings(flags);
      // loaded when serving only: the server and its dependencies are a tenth of a second other commands need not pay
      const { startInstance } = await import('./serve.js');
      const running = await startInstance(
        {
          db: s.db ?? DEFAULT_DB,
          port: s.port,
          host: s.host,
          instance: s.instance,
          role: s.role,
          plugins: s.plugins,
          ...(s.suppressionFloor !== undefined ? { suppressionFloor: s.suppressionFloor } : {}),
          ...(s.seed ? { seed: s.seed } : {}),
          ...(s.dbAuthToken ? { dbAuthToken: s.dbAuthToken } : {}),
          ...(s.hub
            ? { hub: { url: s.hub, token: s.hubToken!, intervalSeconds: s.syncInterval } }
            : {}),
        },
        io.out,
      );
      stopOnSignals(running.close, io.out);
    });
}

/**
 * SIGTERM or SIGINT: a clean stop (in-flight requests answered, the running sync finished, the
 * plugins' onClose run), then exit 0; a second signal exits at once.
 */
export function stopOnSignals(close: () => Promise<void>, out: (s: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    out(`${signal}: stopping (finishing requests in flight and the running sync)`);
    close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error('tessera: failed to stop cleanly', e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
