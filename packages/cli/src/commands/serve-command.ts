import { type Command, InvalidArgumentError, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { DEFAULT_DB } from './command-options.js';
import { TesseraConfig } from '../config/define-config.js';
import { runInstance } from './run-instance.js';

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

/** The options of `serve`, each also read from its `TESSERA_*` variable. */
function serveOptions(): Option[] {
  return [
    opt('--config <file>', 'a config file: tessera.config.ts, .js or .mjs', 'TESSERA_CONFIG'),
    opt('--db <url>', `libSQL database URL (default ${DEFAULT_DB})`, 'TESSERA_DB'),
    opt('--db-auth-token <token>', 'auth token of a remote libSQL server', 'TESSERA_DB_AUTH_TOKEN'),
    opt('--port <n>', 'port to listen on (default 8787)', 'TESSERA_PORT').argParser(
      number(0, 65535, 'a port number 0-65535'),
    ),
    opt('--host <address>', 'address to listen on (default 127.0.0.1)', 'TESSERA_HOST'),
    opt(
      '--instance <id>',
      'this instance\'s id, e.g. ahsn-wessex; "hub" for the national hub',
      'TESSERA_INSTANCE',
    ),
    opt('--role <role>', 'local (default) or hub', 'TESSERA_ROLE').choices(['local', 'hub']),
    opt('--seed <name>', 'load reference data before serving', 'TESSERA_SEED').choices(['england']),
    opt('--hub <url>', 'sync with this hub in the background (a region)', 'TESSERA_HUB'),
    opt(
      '--hub-token <token>',
      'the sync token the hub issued for this instance',
      'TESSERA_HUB_TOKEN',
    ),
    opt(
      '--sync-interval <seconds>',
      'seconds between background syncs (default 60)',
      'TESSERA_SYNC_INTERVAL',
    ).argParser(number(1, 86_400, 'a number of seconds >= 1')),
    opt(
      '--suppression-floor <n>',
      'smallest count a published aggregate shows (default 10)',
      'TESSERA_SUPPRESSION_FLOOR',
    ).argParser(number(2, 100, 'a whole number from 2 to 100')),
  ];
}

/** `tessera serve`: an instance from a config file, `TESSERA_*` variables and flags (in rising order). */
export function addServeCommand(program: Command, io: { out: (s: string) => void }): Command {
  // through program.command, so that it inherits the program's output and exit settings
  const command = program
    .command('serve')
    .description(
      'Start an instance: open (create, migrate) the database and serve the API (flags and TESSERA_* variables override --config)',
    );
  for (const option of serveOptions()) command.addOption(option);
  return command.action(async (flags: ServeFlags) => {
    await runInstance(await resolveServeSettings(flags), DEFAULT_DB, io.out);
  });
}
