import { type Command, Option } from 'commander';
import { MAX_BATCH_CHANGES, PUSH_IN_FLIGHT } from '@tessera/sync';
import { CliError } from '../cli-error.js';
import { type CliIo, DEFAULT_DB, wholeNumber } from './command-options.js';
import { runSync } from './sync.js';

/** `tessera sync`: push and pull until this instance and the hub agree. */
export function addSyncCommand(program: Command, io: CliIo): void {
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
}
