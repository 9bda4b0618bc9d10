import { type Command, Option } from 'commander';
import {
  ROLES,
  seedEngland,
  setSuppressionFloor,
  suppressionFloor,
  TokenRepository,
} from '@tessera/store';
import { type CliIo, DEFAULT_DB, openStore, wholeNumber } from './command-options.js';

/** `tessera seed england`: the reference data. */
export function addSeedCommand(program: Command, io: CliIo): void {
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
}

/** `tessera config suppression-floor [n]`: an instance's settings an admin sets. */
export function addConfigCommand(program: Command, io: CliIo): void {
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
}

/** `tessera token list|revoke|create`: API tokens (a secret is printed only on create). */
export function addTokenCommands(program: Command, io: CliIo): void {
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
}

/** `tessera migrate`: create or migrate a database. */
export function addMigrateCommand(program: Command, io: CliIo): void {
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
}
