import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { PAGE_SIZE, Store } from './store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('Store connections', () => {
  it('gives every pooled connection the busy timeout, and writes in WAL mode with synchronous = NORMAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-store-'));
    dirs.push(dir);
    const store = await Store.open({ url: `file:${join(dir, 'x.db')}`, instance: 'ahsn-x' });
    try {
      let seen: { busy: unknown; journal: unknown; synchronous: unknown } | undefined;
      await store.write(async () => {
        // the write transaction holds its connection: these reads make the pool open another one
        const other = async (pragma: string) =>
          Object.values((await store.client.execute(`PRAGMA ${pragma}`)).rows[0]!)[0];
        seen = {
          busy: await other('busy_timeout'),
          journal: await other('journal_mode'),
          synchronous: null,
        };
      });
      expect(seen).toMatchObject({ busy: 5000, journal: 'wal' });
      // the connection a write is about to use is tuned first (1 = NORMAL; SQLite's default is 2, FULL)
      await store.write(async (tx) => {
        seen!.synchronous = (
          await tx.all<{ synchronous: number }>('PRAGMA synchronous' as never)
        )[0]?.synchronous;
      });
      expect(seen!.synchronous).toBe(1);
    } finally {
      store.close();
    }
  });

  it('creates a new database with 8 KiB pages, and keeps the page size of an existing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-store-'));
    dirs.push(dir);
    const pageSize = async (url: string) => {
      const store = await Store.open({ url, instance: 'ahsn-x' });
      try {
        return Number((await store.client.execute('PRAGMA page_size')).rows[0]![0]);
      } finally {
        store.close();
      }
    };
    expect(await pageSize(`file:${join(dir, 'new.db')}`)).toBe(PAGE_SIZE);
    expect(PAGE_SIZE).toBe(8192);
    // a database made before (SQLite's default 4 KiB pages) opens, migrates and keeps its pages
    const old = createClient({ url: `file:${join(dir, 'old.db')}` });
    await old.execute('CREATE TABLE before_tessera (x)');
    old.close();
    expect(await pageSize(`file:${join(dir, 'old.db')}`)).toBe(4096);
    expect(await pageSize(`file:${join(dir, 'new.db')}`)).toBe(PAGE_SIZE);
  });
});
