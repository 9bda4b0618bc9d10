import { Command } from 'commander';
import { DomainError } from '@tessera/core';
import { CliError } from './cli-error.js';
import { addGenerateCommand, addImportExportCommands } from './commands/data-commands.js';
import { addServeCommand } from './commands/serve-command.js';
import {
  addConfigCommand,
  addMigrateCommand,
  addSeedCommand,
  addTokenCommands,
} from './commands/store-commands.js';
import { addSyncCommand } from './commands/sync-command.js';

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

  addSeedCommand(program, io);
  addConfigCommand(program, io);
  addTokenCommands(program, io);
  addSyncCommand(program, io);
  addGenerateCommand(program, io);
  addImportExportCommands(program, io);
  addMigrateCommand(program, io);

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
