import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@tessera/core';
import { Store } from '@tessera/store';
import { nextBatch } from '../local/outbox.js';
import { readSyncState, type SyncState } from '../local/sync-state.js';
import { applyPush, storeLookup } from './apply-push.js';
import { PushScreener } from './push-screener.js';
import { screenPush } from './screen-push.js';

const ctx = { actor: 'test', actorRole: 'admin' };
const REGION = 'ahsn-encoded';
const TABLES = ['organisations', 'participants', 'measure_values'];
const person = (i: number, organisationId: string) => ({
  name: `Person ${i}`,
  email: `p${i}@example.org`,
  organisationId,
  profession: 'nursing',
  band: '8a',
  sex: 'female',
  ageBand: '35_44',
  ethnicity: 'white_british',
  disability: 'no',
  sexualOrientation: 'not_stated',
  religion: 'not_stated',
});

let region: Store;
/** The hub applying what its worker encoded, and the hub applying change by change. */
let planned: Store;
let oneByOne: Store;
let state: SyncState;
const screener = new PushScreener({ minBytes: 0 });

beforeAll(async () => {
  region = await Store.open({ url: ':memory:', instance: REGION });
  planned = await Store.open({ url: ':memory:', instance: 'hub' });
  oneByOne = await Store.open({ url: ':memory:', instance: 'hub' });
  state = await readSyncState(region);
});
afterAll(async () => {
  await screener.close();
  for (const s of [region, planned, oneByOne]) s.close();
});

/** Pushes everything new in the region's log to both hubs; returns both results and how many changes the plan served. */
async function pushBoth() {
  const out = [];
  for (;;) {
    const b = await nextBatch(region, state, { maxChanges: 2000, maxBytes: 4 << 20 });
    if (!b) return out;
    const screened = await screener.screen(new TextEncoder().encode(b.body), REGION, planned);
    let parsed = false;
    const changes = screened.changes;
    screened.changes = () => {
      parsed = true;
      return changes();
    };
    const viaPlan = await applyPush(planned, screened, { actor: 'test' });
    const viaChanges = await applyPush(
      oneByOne,
      screenPush(JSON.parse(b.body), REGION, storeLookup(oneByOne)),
      { actor: 'test' },
    );
    // the two hubs are two databases: each has its own epoch
    const { hubEpoch: _a, ...a } = viaPlan;
    const { hubEpoch: _b, ...c } = viaChanges;
    out.push({ viaPlan: a, viaChanges: c, parsed, groups: screened.plan?.groups.length ?? 0 });
    state = { ...state, acked: b.toSeq };
  }
}

/** What a hub holds of the region: its rows (but the times they were written) and its change log. */
async function held(hub: Store) {
  const tables: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const rs = await hub.client.execute({
      sql: `select * from ${t} where owner = ? order by id`,
      args: [REGION],
    });
    tables[t] = rs.rows.map((r) =>
      Object.fromEntries(
        rs.columns
          .filter((c) => c !== 'created_at' && c !== 'updated_at')
          .map((c) => [c, r[c as never]]),
      ),
    );
  }
  const log = (
    await hub.client.execute({
      sql: 'select entity, record_id, version, op, owner, payload from change_log where owner = ? order by seq',
      args: [REGION],
    })
  ).rows.map((r) => ({ ...r }));
  return { tables, log };
}

describe('a push applied from rows its screening worker encoded', () => {
  it('holds exactly what applying it change by change holds: new records, then updates, reals and tombstones', async () => {
    const orgs = [];
    for (let i = 0; i < 30; i++)
      orgs.push(
        await region
          .repo('organisations')
          .create({ odsCode: `R${i}E`, name: `Trust ${i} “quoted” 東京`, type: 'acute' }, ctx),
      );
    for (let i = 0; i < 40; i++)
      await region.repo('participants').create(person(i, orgs[i % orgs.length]!.id), ctx);
    // a measure of a project of one of the region's trusts: its values are what the push carries
    const project = await region.repo('improvement-project').create(
      {
        title: 'Flow',
        type: 'service_improvement',
        organisationId: orgs[0]!.id,
        aim: 'Less wait',
      },
      ctx,
    );
    const { id: measureId } = await region.repo('measure').create(
      {
        projectId: project.id,
        name: 'Waits',
        kind: 'outcome',
        definition: 'Days waited',
        unit: 'days',
      },
      ctx,
    );
    // written as an import would: in bulk, through upsertManyIn
    const writeValues = (rows: { date: string; value: number }[]) =>
      region.write((tx) =>
        region.repo('measure-values').upsertManyIn(
          tx,
          rows.map((f) => ({ id: newId(REGION), fields: { measureId, ...f } })),
          ctx,
          REGION,
        ),
      );
    await writeValues(
      Array.from({ length: 20 }, (_, i) => ({
        date: `2016-${String((i % 12) + 1).padStart(2, '0')}-${String(Math.floor(i / 12) + 1).padStart(2, '0')}`,
        value: i,
      })),
    );

    // new records of five entities, all JSON-exact: the plan serves the whole batch, nothing is parsed
    const first = await pushBoth();
    expect(first).toHaveLength(1);
    expect(first[0]!.groups).toBe(5); // organisations, participants, the project, its measure, its values
    expect(first[0]!.parsed).toBe(false);
    expect(first[0]!.viaPlan).toEqual(first[0]!.viaChanges);
    expect(first[0]!.viaPlan.applied).toBe(92);
    expect(await held(planned)).toEqual(await held(oneByOne));

    // updates of records the hub holds, a deletion, new fractional values, and new records: the
    // entities with records already at the hub, or values that must be bound, go change by change
    for (let i = 0; i < 5; i++)
      await region.repo('organisations').update(orgs[i]!.id, { name: `Renamed ${i}` }, ctx);
    await region.repo('organisations').delete(orgs[7]!.id, ctx);
    await writeValues(
      Array.from({ length: 10 }, (_, i) => ({
        date: `2017-01-${String(i + 1).padStart(2, '0')}`,
        value: i + 0.1,
      })),
    );
    for (let i = 40; i < 50; i++)
      await region.repo('participants').create(person(i, orgs[0]!.id), ctx);
    const second = await pushBoth();
    expect(second).toHaveLength(1);
    expect(second[0]!.groups).toBe(1);
    expect(second[0]!.parsed).toBe(true);
    expect(second[0]!.viaPlan).toEqual(second[0]!.viaChanges);
    expect(await held(planned)).toEqual(await held(oneByOne));

    // upserts of records the hub holds, which the worker cannot know: encoded, then applied change by change
    for (let i = 10; i < 15; i++)
      await region.repo('organisations').update(orgs[i]!.id, { name: `Renamed ${i}` }, ctx);
    const third = await pushBoth();
    expect([third[0]!.groups, third[0]!.parsed]).toEqual([1, true]);
    expect(third[0]!.viaPlan).toEqual(third[0]!.viaChanges);
    expect(third[0]!.viaPlan.applied).toBe(5);
    expect(await held(planned)).toEqual(await held(oneByOne));
    const values = await planned.client.execute({
      sql: 'select value from measure_values where owner = ? and value != cast(value as integer)',
      args: [REGION],
    });
    expect(values.rows.map((r) => r[0])).toEqual(expect.arrayContaining([0.1, 5.1, 9.1]));
  });

  it('a replay of the same batch is ignored on both paths, and a batch partly applied before goes change by change', async () => {
    const body = (await nextBatch(
      region,
      { ...state, acked: 0 },
      { maxChanges: 50, maxBytes: 4 << 20 },
    ))!.body;
    const again = await applyPush(planned, await screener.screen(body, REGION, planned), {
      actor: 'test',
    });
    expect(again.applied).toBe(0);
    expect(again.ignored).toBe(50);
    expect(await held(planned)).toEqual(await held(oneByOne));

    // a batch whose first changes the hubs applied before (its answer was lost): change by change on both
    for (let i = 0; i < 5; i++)
      await region
        .repo('organisations')
        .create({ odsCode: `N${i}E`, name: `New ${i}`, type: 'acute' }, ctx);
    const overlap = (await nextBatch(
      region,
      { ...state, acked: state.acked - 5 },
      { maxChanges: 50, maxBytes: 4 << 20 },
    ))!.body;
    const a = await applyPush(planned, await screener.screen(overlap, REGION, planned), {
      actor: 'test',
    });
    const b = await applyPush(
      oneByOne,
      screenPush(JSON.parse(overlap), REGION, storeLookup(oneByOne)),
      { actor: 'test' },
    );
    expect([a.applied, a.ignored]).toEqual([5, 5]);
    expect([b.applied, b.ignored]).toEqual([5, 5]);
    expect(await held(planned)).toEqual(await held(oneByOne));
  });
});
