/**
 * Temp dirs and database files of the sync suites: cleanup in reverse order, copies and removals of
 * a libSQL file with its WAL, checkpoints, and a dump of every table to search for what must not
 * be there.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';

/** Cleanup actions run in reverse order (servers and stores before the dirs that hold them). */
export class Cleanup {
  readonly #fns: (() => Promise<void> | void)[] = [];
  add(fn: () => Promise<void> | void): void {
    this.#fns.push(fn);
  }
  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const f of this.#fns.splice(0).reverse()) {
      try {
        await f();
      } catch (e) {
        errors.push(e);
      }
    }
    if (errors.length) throw errors[0];
  }
}

export function tempDir(cleanup: Cleanup, prefix = 'tessera-sync-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  cleanup.add(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

export const fileUrl = (path: string) => `file:${path}`;

/** Copies a database file with its -wal/-shm companions (the caller checkpoints or closes first). */
export function copyDb(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(to + suffix, { force: true });
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  }
}

export function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Folds the WAL into the main file, so that copying the main file alone is a consistent backup. */
export async function checkpoint(path: string): Promise<void> {
  const c = createClient({ url: fileUrl(path) });
  try {
    await c.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    c.close();
  }
}

/** Every row of every table of a database file, as one string (to search for values that must not be there). */
export async function dumpDatabase(path: string): Promise<string> {
  const c = createClient({ url: fileUrl(path) });
  try {
    const tables = await c.execute("select name from sqlite_master where type = 'table'");
    const parts: string[] = [];
    for (const t of tables.rows) {
      const name = String(t['name']);
      const rows = await c.execute(`select * from "${name.replace(/"/g, '""')}"`);
      parts.push(`## ${name}\n${JSON.stringify(rows.rows)}`);
    }
    return parts.join('\n');
  } finally {
    c.close();
  }
}
