import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A file store with `n` organisations written after open, and the sizes of its database file and WAL. */
async function writeAndMeasure(backgroundCheckpoints: boolean, n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-ckpt-'));
  dirs.push(dir);
  const file = join(dir, 'x.db');
  const store = await Store.open({ url: `file:${file}`, instance: 'ahsn-x', backgroundCheckpoints });
  try {
    await store.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    const before = statSync(file).size;
    const orgs = store.repo('organisations');
    for (let i = 0; i < n; i++) await orgs.create({ odsCode: `R${String(i).padStart(3, '0')}`, name: `Organisation ${i} ${'x'.repeat(150)}`, type: 'acute' }, { actor: 't', actorRole: 'admin' });
    // the checkpointer runs every 250 ms: give it a few rounds
    const deadline = Date.now() + 5000;
    while (backgroundCheckpoints && statSync(file).size === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const after = statSync(file).size;
    const count = await orgs.count();
    return { before, after, count, wal: statSync(`${file}-wal`).size };
  } finally {
    store.close();
  }
}

describe('the background checkpointer', () => {
  it('moves committed pages from the WAL into the database file while the instance runs; without it they wait for the 40 MB threshold', async () => {
    const on = await writeAndMeasure(true, 300);
    expect(on.count).toBe(300);
    expect(on.after).toBeGreaterThan(on.before);
    const off = await writeAndMeasure(false, 300);
    expect(off.count).toBe(300);
    expect(off.wal).toBeGreaterThan(0);
    expect(off.after).toBe(off.before);
  });
});
