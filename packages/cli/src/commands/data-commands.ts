import { type Command, Option } from 'commander';
import { type CliIo, DEFAULT_DB, wholeNumber } from './command-options.js';

/** `tessera generate`: realistic records of this region. */
export function addGenerateCommand(program: Command, io: CliIo): void {
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
      const { runGenerate } = await import('./generate.js');
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
}

/** `tessera import` and `tessera export`: files in, CSV or JSON out. */
export function addImportExportCommands(program: Command, io: CliIo): void {
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
        const { runImport } = await import('./import-export.js');
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
      const { runExport } = await import('./import-export.js');
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
}
