import { Command, InvalidArgumentError, Option } from 'commander';
import { DomainError } from '@tessera/core';
import {
  Store,
  TokenRepository,
  ROLES,
  seedEngland,
  setSuppressionFloor,
  suppressionFloor,
} from '@tessera/store';
import { CliError } from './cli-error.js';
import { runSync } from './commands/sync.js';
import { addServeCommand } from './commands/serve-command.js';
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

  addServeCommand(program, io);

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
    .command('config')
    .description("An instance's settings an admin sets")
    .command('suppression-floor')
    .description(
      'Show, or set, the floor of small-number suppression: callers may raise the threshold, never lower it below this (default 10)',
    )
    .argument('[n]', 'the new floor, a whole number 2-100', wholeNumber(2, 100))
    .option('--db <url>', 'libSQL database URL', DEFAULT_DB)
    .action(async (n: number | undefined, o: { db: string }) => {
      const store = await openStore(o.db);
      try {
        if (n !== undefined) await setSuppressionFloor(store, n);
        io.out(`suppression floor: ${await suppressionFloor(store)}`);
      } finally {
        store.close();
      }
    });

  const token = program.command('token').description('Manage API tokens');
  token
    .command('list')
    .description('List tokens: id, role, instance, name, created, revoked (never a secret)')
    .option('--db <url>', 'libSQL database URL', DEFAULT_DB)
    .action(async (o: { db: string }) => {
      const store = await openStore(o.db);
      try {
        for (const t of await new TokenRepository(store).list())
          io.out(
            [
              t.id,
              t.role,
              t.instance ?? '-',
              JSON.stringify(t.name),
              t.createdAt,
              t.revokedAt ? `revoked ${t.revokedAt}` : 'live',
            ].join('\t'),
          );
      } finally {
        store.close();
      }
    });
  token
    .command('revoke')
    .description(
      'Revoke a token by its id (or a unique prefix of 8+ characters); a running server stops accepting it within seconds',
    )
    .argument('<id>', 'the token id, as `tessera token list` shows it')
    .option('--db <url>', 'libSQL database URL', DEFAULT_DB)
    .action(async (id: string, o: { db: string }) => {
      const store = await openStore(o.db);
      try {
        const t = await new TokenRepository(store).revoke(id);
        io.out(`revoked ${t.id} (${t.role}${t.instance ? ` for ${t.instance}` : ''}, ${t.name})`);
      } finally {
        store.close();
      }
    });
  token
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
    .option('--scope <region>', 'for an assessor token: the NHS England region it assesses')
    .action(
      async (o: { db: string; role: string; instance?: string; name?: string; scope?: string }) => {
        const store = await openStore(o.db);
        try {
          const { token } = await new TokenRepository(store).create({
            role: o.role,
            ...(o.instance ? { instance: o.instance } : {}),
            ...(o.name ? { name: o.name } : {}),
            ...(o.scope ? { scope: o.scope } : {}),
          });
          io.out(token);
        } finally {
          store.close();
        }
      },
    );

  program
    .command('sync')
    .description(
      "Push this instance's changes to the hub and pull national data, until caught up; exit 0 only when both agree",
    )
    .option('--db <url>', 'libSQL database URL of this instance', DEFAULT_DB)
    .requiredOption('--hub <url>', 'the hub, e.g. http://127.0.0.1:8788')
    .addOption(
      new Option(
        '--token <token>',
        'a sync token the hub issued for this instance (better from the environment: flags show in `ps`)',
      )
        .env('TESSERA_HUB_TOKEN')
        .makeOptionMandatory(),
    )
    .option('--verify', 'compare digests and repair a divergence by re-sending what differs')
    .addOption(
      new Option(
        '--config <file>',
        "the instance's config file: its plugins' shared entities are then synced and compared",
      ).env('TESSERA_CONFIG'),
    )
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
        config?: string;
        batch?: number;
        inFlight?: number;
      }) => {
        const report = await runSync(
          {
            db: o.db,
            ...(o.config ? { config: o.config } : {}),
            hub: o.hub,
            token: o.token,
            verify: o.verify ?? false,
            tty: Boolean(process.stdout.isTTY),
            ...(o.batch ? { batch: o.batch } : {}),
            ...(o.inFlight ? { inFlight: o.inFlight } : {}),
          },
          io.out,
        );
        if (report.quarantined.length)
          throw new CliError(
            `the hub has set aside ${report.quarantined.length} of this instance's changes: ${report.quarantined
              .slice(0, 20)
              .map((q) => `${q.entity} ${q.recordId} v${q.version} (${q.reason})`)
              .join('; ')}`,
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
    .command('import')
    .description(
      'Import a file: organisations from an ODS file (headerless etr, eccg ...) or a CSV with a header, placed in their AHSN; or any collection (memberships, capability-assessments, participants, measure-values ...) from a CSV whose header names its fields. Nothing is written if a row is refused, unless --partial',
    )
    .argument('<collection>', 'organisations, or the collection of the CSV (e.g. memberships)')
    .argument('<file>', 'the file to read')
    .option('--db <url>', 'libSQL database URL', DEFAULT_DB)
    .option('--instance <id>', 'instance id (needed for a new database)')
    .option('--partial', 'write the good rows even when some are refused')
    .action(
      async (
        collection: string,
        file: string,
        o: { db: string; instance?: string; partial?: boolean },
      ) => {
        const { runImport } = await import('./commands/import-export.js');
        await runImport(
          {
            collection,
            file,
            db: o.db,
            ...(o.instance ? { instance: o.instance } : {}),
            partial: o.partial ?? false,
            tty: Boolean(process.stderr.isTTY),
          },
          io.out,
        );
      },
    );

  program
    .command('export')
    .description('Write every record of a collection as CSV (importable again) or a JSON array')
    .argument('<collection>', 'e.g. organisations, memberships, measure-values')
    .option('--db <url>', 'libSQL database URL', DEFAULT_DB)
    .addOption(
      new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'),
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (collection: string, o: { db: string; format: 'csv' | 'json'; out?: string }) => {
      const { runExport } = await import('./commands/import-export.js');
      const n = await runExport(
        {
          collection,
          db: o.db,
          format: o.format,
          ...(o.out ? { out: o.out } : {}),
          tty: Boolean(process.stderr.isTTY),
        },
        process.stdout,
      );
      if (o.out) io.out(`${n} ${collection} written to ${o.out}`);
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
