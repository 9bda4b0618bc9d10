/**
 * Diversity of board members and senior post holders (para 103), published by two regions as
 * suppressed tables, synced, and rolled up nationally at the hub with suppression applied again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { RunningInstance } from '@tessera/cli';
import { syncWithHub } from '@tessera/sync';
import { Cleanup, dumpDatabase, tempDir } from './harness/files.js';
import { serveInstance, tokenOf } from './harness/instances.js';
import { request } from './harness/requests.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const start = (dir: string, instance: string, role: 'hub' | 'local') =>
  serveInstance(dir, instance, role, cleanup);
const token = (r: RunningInstance, role: string, instance?: string) =>
  tokenOf(r, role, instance ? { instance } : {});

type Cell = { value: number } | { suppressed: true };

/** Each region's trust, made once: a leader's organisation must be a record the region holds. */
const trusts = new Map<string, string>();
async function trustOf(r: RunningInstance, t: string): Promise<string> {
  const known = trusts.get(r.store.instance);
  if (known) return known;
  const res = await request(`${r.url}/api/v1/organisations`, {
    token: t,
    body: { name: `Zq Trust of ${r.store.instance}`, type: 'acute' },
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  trusts.set(r.store.instance, res.body['id'] as string);
  return res.body['id'] as string;
}

/** Adds leaders: `women` and `men` of a role, names marked so a leak is found. */
async function addLeaders(r: RunningInstance, t: string, role: string, women: number, men: number) {
  const organisationId = await trustOf(r, t);
  const sexes = [...Array(women).fill('female'), ...Array(men).fill('male')];
  for (const [i, sex] of sexes.entries()) {
    const res = await request(`${r.url}/api/v1/leaders`, {
      token: t,
      body: {
        name: `Zq Leader ${r.store.instance} ${role} ${i}`,
        organisationId,
        role,
        title: role === 'board_member' ? 'Non-executive director' : 'Director of Nursing',
        sex,
        ageBand: '45_54',
        ethnicity: 'white_british',
        disability: 'no',
        sexualOrientation: 'heterosexual',
        religion: 'no_religion',
      },
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  }
}

describe('the national roll-up of leaders diversity', () => {
  it('each region publishes a suppressed table; the hub sums them and suppresses the sums again', async () => {
    const dir = tempDir(cleanup);
    const hub = await start(dir, 'hub', 'hub');
    const a = await start(dir, 'ldp-london', 'local');
    const b = await start(dir, 'ldp-south-west', 'local');
    const aEd = await token(a, 'editor');
    const bEd = await token(b, 'editor');
    // London: 12 women and 14 men on boards, 3 women and 11 men in senior posts
    await addLeaders(a, aEd, 'board_member', 12, 14);
    await addLeaders(a, aEd, 'senior_post_holder', 3, 11);
    // South West: 20 and 10 on boards, 12 and 15 in senior posts
    await addLeaders(b, bEd, 'board_member', 20, 10);
    await addLeaders(b, bEd, 'senior_post_holder', 12, 15);

    const local = await request(`${a.url}/api/v1/leader-diversity?characteristic=sex&by=role`);
    expect(local.status).toBe(200);
    const table = local.body['table'] as { groups: string[]; cells: Cell[][] };
    expect(table.groups).toEqual(['board_member', 'senior_post_holder']);
    expect(table.cells[1]![0]).toEqual({ suppressed: true }); // London's 3 senior women
    for (const r of [a, b]) {
      const t = r === a ? aEd : bEd;
      const pub = await request(`${r.url}/api/v1/leader-diversity/publish`, {
        token: t,
        body: { characteristic: 'sex', by: 'role' },
      });
      expect(pub.status).toBe(201);
      const sync = await syncWithHub({
        store: r.store,
        hubUrl: hub.url,
        token: await token(hub, 'sync', r.store.instance),
      });
      expect(sync.agree).toBe(true);
    }

    const national = await request(
      `${hub.url}/api/v1/diversity/national?population=leaders&characteristic=sex&groupBy=role`,
    );
    expect(national.status).toBe(200);
    const n = national.body as {
      rows: string[];
      categories: string[];
      cells: Cell[][];
      columnTotals: Cell[];
      grandTotal: Cell;
      sources: { owner: string }[];
    };
    expect(n.sources.map((s) => s.owner)).toEqual(['ldp-london', 'ldp-south-west']);
    expect(n.rows).toEqual(['board_member', 'senior_post_holder']);
    const col = (name: string) => n.categories.indexOf(name);
    // London had to hide all four of its cells (its 3 senior women, and the cells that would give
    // them away), so no national cell that adds a London cell is published ...
    expect(n.cells[1]![col('female')]).toEqual({ suppressed: true });
    expect(n.cells[0]![col('female')]).toEqual({ suppressed: true });
    // ... while the sums of what both published are: 26 + 30 on boards, 14 + 27 in senior posts
    expect((n as unknown as { rowTotals: Cell[] }).rowTotals).toEqual([
      { value: 56 },
      { value: 41 },
    ]);
    expect(n.columnTotals[col('female')]).toEqual({ value: 47 });
    expect(n.grandTotal).toEqual({ value: 97 });
    // and nothing published anywhere is in 1..9
    for (const c of [...n.cells.flat(), ...n.columnTotals, n.grandTotal])
      if ('value' in c) expect(c.value === 0 || c.value >= 10).toBe(true);
    // by instance
    const byInstance = await request(
      `${hub.url}/api/v1/diversity/national?characteristic=sex&groupBy=role&rowsBy=instance`,
    );
    expect((byInstance.body as { rows: string[] }).rows).toEqual(['ldp-london', 'ldp-south-west']);
    // the people themselves never reached the hub
    const dump = await dumpDatabase(join(dir, 'hub.db'));
    expect(dump).not.toContain('Zq Leader');
    expect(dump).not.toContain('heterosexual');
  }, 180_000);
});
