import { Command, InvalidArgumentError, Option } from 'commander';
import { DomainError } from '@tessera/core';
import { Store, TokenRepository, ROLES, seedEngland } from '@tessera/store';
import { CliError } from './cli-error.js';
import { runSync } from './commands/sync.js';
import { serveCommand } from './commands/serve-command.js';
import { MAX_BATCH_CHANGES, PUSH_IN_FLIGHT } from '@tessera/sync';

const DEFAULT_DB = 'file:./data/local.db';

/** A parser of a whole-number option in [min, max] (no upper bound without `max`). */
function wholeNumber(min: number, max?: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || (max !== undefined && n > max))
      throw new InvalidArgumentError(
        max === undefined
          ? `expected a whole number >= ${min}`
          : `expected a whole number from ${min} to ${max}`,
      );
    return n;
  };
}

/** Opens a store for one-shot commands, with the CLI's error wording. */
async function openStore(db: string, instance?: string): Promise<Store> {
  return Store.open({ url: db, ...(instance ? { instance } : {}) });
}

/**
 * The `tessera` command line. `io` lets tests capture output.
 * @example await buildProgram().parseAsync(['node', 'tessera', 'migrate', '--db', 'file:x.db', '--instance', 'hub'])
 */
export function buildProgram(
  io: { out: (s: string) => void; err: (s: string) => void } = {
    out: (s) => console.log(s),
    err: (s) => console.error(s),
  },
): Command {
  const program = new Command('tessera')
    .description(
      'Tessera: local instances and the national hub of the improvement and leadership architecture',
    )
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
    });

  program.addCommand(serveCommand(io));

  const seed = program.command('seed').description('Load reference data');
  seed
    .command('england')
    .description(
      "The review's reference facts and the NHS trusts of the shipped ODS file (idempotent)",
    )
    .option('--db <url>', 'libSQL database URL', DEFAULT_DB)
    .option('--instance <id>', 'instance id (needed for a new database)')
    .action(async (o: { db: string; instance?: string }) => {
      const store = await openStore(o.db, o.instance);
      try {
        const r = await seedEngland(store);
        io.out(
          `Seeded England into ${o.db}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged (${r.ods.trusts} NHS trusts)`,
        );
      } finally {
        store.close();
      }
    });

  program
    .command('token')
    .description('Manage API tokens')
    .command('create')
    .description('Create a bearer token; prints only the token')
    .option('--db <url>', 'libSQL database URL', DEFAULT_DB)
    .addOption(
      new Option('--role <role>', 'what the token may do')
        .choices([...ROLES])
        .makeOptionMandatory(),
    )
    .option('--instance <id>', 'for a sync token: the instance it speaks for')
    .option('--name <name>', 'a label for the token')
    .action(async (o: { db: string; role: string; instance?: string; name?: string }) => {
      const store = await openStore(o.db);
      try {
        const { token } = await new TokenRepository(store).create({
          role: o.role,
          ...(o.instance ? { instance: o.instance } : {}),
          ...(o.name ? { name: o.name } : {}),
        });
        io.out(token);
      } finally {
        store.close();
      }
    });

  program
    .command('sync')
    .description(
      "Push this instance's changes to the hub and pull national data, until caught up; exit 0 only when both agree",
    )
    .option('--db <url>', 'libSQL database URL of this instance', DEFAULT_DB)
    .requiredOption('--hub <url>', 'the hub, e.g. http://127.0.0.1:8788')
    .requiredOption('--token <token>', 'a sync token the hub issued for this instance')
    .option('--verify', 'compare digests and repair a divergence by re-sending what differs')
    .option(
      '--batch <n>',
      `changes per push batch, at most (default ${MAX_BATCH_CHANGES}; batches are also bounded by bytes)`,
      wholeNumber(1, 10_000),
    )
    .option(
      '--in-flight <n>',
      `push batches on their way to the hub at once (default ${PUSH_IN_FLIGHT}; 1 sends each after the answer to the one before)`,
      wholeNumber(1, 8),
    )
    .action(
      async (o: {
        db: string;
        hub: string;
        token: string;
        verify?: boolean;
        batch?: number;
        inFlight?: number;
      }) => {
        const report = await runSync(
          {
            db: o.db,
            hub: o.hub,
            token: o.token,
            verify: o.verify ?? false,
            tty: Boolean(process.stdout.isTTY),
            ...(o.batch ? { batch: o.batch } : {}),
            ...(o.inFlight ? { inFlight: o.inFlight } : {}),
          },
          io.out,
        );
        if (!report.agree) throw new CliError('the hub and this instance do not agree yet');
      },
    );

  program
    .command('generate')
    .description(
      'Write n realistic records of this region (deterministic for a seed): for demos, tests and benchmarks',
    )
    .option('--db <url>', 'libSQL database URL of a local instance', DEFAULT_DB)
    .requiredOption('--records <n>', 'how many records to write', wholeNumber(1))
    .option(
      '--seed <s>',
      'seed of the pseudo-random generator: the same seed writes the same records',
      '1',
    )
    .option(
      '--instance <id>',
      'instance id (needed for a new database), e.g. ahsn-oxford or ldp-london',
    )
    .action(async (o: { db: string; records: number; seed: string; instance?: string }) => {
      const { runGenerate } = await import('./commands/generate.js');
      await runGenerate(
        {
          db: o.db,
          records: o.records,
          seed: o.seed,
          ...(o.instance ? { instance: o.instance } : {}),
          tty: Boolean(process.stdout.isTTY),
        },
        io.out,
      );
    });

  program
    .command('migrate')
    .description('Create or migrate a database to the current schema')
    .option('--db <url>', 'libSQL database URL', DEFAULT_DB)
    .option('--instance <id>', 'instance id (needed for a new database)')
    .action(async (o: { db: string; instance?: string }) => {
      const store = await openStore(o.db, o.instance);
      io.out(`Database ${o.db} (instance "${store.instance}") is at the current schema`);
      store.close();
    });

  return program;
}

/** Runs the CLI; returns the exit code. Known errors print one line, never a stack trace. */
export async function runCli(
  argv: string[],
  io?: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  const err = io?.err ?? ((s: string) => console.error(s));
  const program = buildProgram(io).exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    const code = (e as { code?: string; exitCode?: number }).code;
    if (typeof code === 'string' && code.startsWith('commander.'))
      return code === 'commander.helpDisplayed' || code === 'commander.version'
        ? 0
        : ((e as { exitCode?: number }).exitCode ?? 1);
    if (e instanceof CliError || e instanceof DomainError) {
      err(`tessera: ${e.message}`);
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    if (/SQLITE_CANTOPEN|ENOENT|EACCES|ECONNREFUSED|ENOTFOUND/.test(message)) {
      err(`tessera: cannot open the database: ${message}`);
      return 1;
    }
    err(`tessera: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : message}`);
    return 2;
  }
}
