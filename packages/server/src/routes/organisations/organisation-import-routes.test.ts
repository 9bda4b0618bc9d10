import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEngland } from '@tessera/store';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';

// the store's own fixture: CCGs in the ODS eccg layout
const storeRoot = dirname(createRequire(import.meta.url).resolve('@tessera/store/package.json'));
const ECCG = readFileSync(join(storeRoot, 'src/import/__fixtures__/eccg-sample.csv'), 'utf8');

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({ instance: 'test-local', seed: seedEngland });
});
afterAll(() => t.stop());

const post = (body: string, as: 'admin' | 'viewer' | 'none' = 'admin', query = '') =>
  t.request(`/api/v1/organisations/import${query}`, {
    method: 'POST',
    as,
    headers: { 'content-type': 'text/csv' },
    body,
  });
const json = async <T = Record<string, unknown>>(r: Response | Promise<Response>) =>
  (await (await r).json()) as T;

describe('POST /api/v1/organisations/import', () => {
  it('needs an admin token, before reading the body', async () => {
    expect((await post(ECCG, 'none')).status).toBe(401);
    expect((await post(ECCG, 'viewer')).status).toBe(403);
  });

  it('imports CCGs that navigate to their AHSN: Lambeth to the Health Innovation Network, Southampton to Wessex', async () => {
    const r = await post(ECCG);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ rows: 5, created: 5, refusedCount: 0, written: true });
    const lambeth = await json<{ organisation: { name: string }; ahsn: { name: string } }>(
      t.request('/api/v1/navigator/08K'),
    );
    expect(lambeth.organisation.name).toBe('NHS Lambeth CCG');
    expect(lambeth.ahsn.name).toBe('Health Innovation Network (South London)');
    const southampton = await json<{ ahsn: { name: string }; senate: { name: string } }>(
      t.request('/api/v1/navigator/10X'),
    );
    expect(southampton.ahsn.name).toBe('Wessex AHSN');
    expect(southampton.senate.name).toBe('Wessex Clinical Senate');
    // a second import changes nothing
    expect(await json(post(ECCG))).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });

  it('answers a refused row with problem details naming the line and field, and writes nothing', async () => {
    const csv = 'odsCode,name,openedOn\nABC01,Good Row,2015-04-01\nABC02,Bad Row,2015-02-30\n';
    const r = await post(csv);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = await json<{ detail: string; errors: { path: unknown[] }[] }>(r);
    expect(problem.detail).toMatch(/1 of 2 rows refused; nothing was written/);
    expect(JSON.stringify(problem)).toContain('"line",3,"openedOn"');
    expect((await t.request('/api/v1/navigator/ABC01')).status).toBe(404);
    const partial = await post(csv, 'admin', '?partial=true');
    expect(await json(partial)).toMatchObject({ created: 1, refusedCount: 1, written: true });
  });

  it('answers CSV that is not CSV with 400, not 500', async () => {
    const r = await post('odsCode,name\n"ABC01,Unclosed quote\n');
    expect(r.status).toBe(400);
  });
});

describe('successors in the navigator', () => {
  it('answers a closed code with its successor: RW3 navigates to R0A', async () => {
    const nav = await json<{
      organisation: { odsCode: string };
      closedOrganisation: { odsCode: string; closedOn: string };
      ahsn: { name: string };
    }>(t.request('/api/v1/navigator/RW3'));
    expect(nav.organisation.odsCode).toBe('R0A');
    expect(nav.closedOrganisation).toMatchObject({ odsCode: 'RW3', closedOn: '2017-10-01' });
    expect(nav.ahsn.name).toBe('Greater Manchester AHSN');
    // before the merger RW3 answers for itself
    const before = await json<{ organisation: { odsCode: string }; closedOrganisation?: unknown }>(
      t.request('/api/v1/navigator/RW3?asOf=2016-06-01'),
    );
    expect(before.organisation.odsCode).toBe('RW3');
    expect(before.closedOrganisation).toBeUndefined();
    const rln = await json<{ organisation: { odsCode: string } }>(
      t.request('/api/v1/navigator/RLN'),
    );
    expect(rln.organisation.odsCode).toBe('R0B');
  });
});

describe('savings progress (para 121, annex H)', () => {
  it('shows each budget line’s own percentage and annex H’s notes beside the two targets', async () => {
    const body = await json<{
      targets: {
        requiredPercent: number | null;
        lines: {
          bodyKey: string;
          savingPercent: number;
          note: string | null;
          splitUndecided: boolean;
        }[];
      }[];
    }>(t.request('/api/v1/savings-progress'));
    const architecture = body.targets.find((x) => x.requiredPercent === 15)!;
    const programme = architecture.lines.find((l) => l.bodyKey === 'ahsns-senates-networks')!;
    expect(programme.splitUndecided).toBe(true);
    expect(programme.note).toMatch(/no decisions have yet been taken/);
    expect(programme.savingPercent.toFixed(2)).toBe('14.20');
  });
});
