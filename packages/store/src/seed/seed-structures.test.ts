import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naturalId, savingsProgress, strategyCompliance } from '@tessera/core';
import { Store } from '../store.js';
import { seedEngland } from './seed-england.js';
import { GEOGRAPHIES, REGIONS } from './reference-data.js';

const REVIEW = readFileSync(
  fileURLToPath(new URL('../../../../docs/review-2015.txt', import.meta.url)),
  'utf8',
);
const bid = (key: string) => naturalId('national-body', key);
const board = (key: string) => naturalId('governing-board', key);
const net = (key: string) => naturalId('network', key);
const org = (ods: string) => naturalId('organisation', ods);

let store: Store;
beforeAll(async () => {
  store = await Store.open({ url: ':memory:', instance: 'hub' });
  await seedEngland(store);
});
afterAll(() => store.close());

const lines = (filters: Record<string, string>) => store.repo('accountability-line').all(filters);

describe('the structures as the review draws them', () => {
  it('HEE chairs the leadership Governing Board; the Board does not account to HEE (rec 12, para 116.a)', async () => {
    expect(REVIEW).toContain(
      'it is recommended that HEE chair the new national leadership Governing Board',
    );
    const leadership = await store.repo('governing-board').get(board('leadership-board'));
    expect(leadership?.['chairBodyId']).toBe(bid('hee'));
    const fromBoard = await lines({ fromId: board('leadership-board') });
    expect(fromBoard.map((l) => [l['nature'], l['toId']])).toEqual([['chaired_by', bid('hee')]]);
    // rec 14.i: the Academy is governed by it
    const academy = await lines({ fromId: bid('nhs-leadership-academy') });
    expect(academy.map((l) => [l['nature'], l['toId']])).toEqual([
      ['governed_by', board('leadership-board')],
    ]);
  });

  it('every AHSN’s improvement work accounts to the improvement Governing Board (rec 11; rec 7.v)', async () => {
    const toBoard = await lines({ toId: board('improvement-board'), nature: 'accounts_to' });
    const ahsns = await store.repo('network').all({ type: 'ahsn' });
    expect(ahsns).toHaveLength(15);
    expect(toBoard.map((l) => l['fromId']).sort()).toEqual(ahsns.map((a) => a.id).sort());
  });

  it('four regional teams, each with one senate governing body accountable to its Regional Medical Director (annex G 55.b)', async () => {
    expect(REVIEW).toContain(
      'There should be one overarching senate governing body per region. This body should be accountable to the Regional Medical Director.',
    );
    const teams = await store.repo('national-body').all({ kind: 'regional_team' });
    expect(teams.map((t) => t['name']).sort()).toEqual(
      REGIONS.map((r) => `NHS England ${r.name} regional team`).sort(),
    );
    const senateBoards = await store.repo('governing-board').all({ kind: 'senate' });
    expect(senateBoards).toHaveLength(4);
    for (const b of senateBoards) {
      const team = teams.find((t) => t['regionId'] === b['regionId']);
      expect(team).toBeDefined();
      expect((await lines({ fromId: b.id })).map((l) => [l['nature'], l['toId']])).toEqual([
        ['accounts_to', team!.id],
      ]);
    }
    // each of the 12 senates is governed by its region's body, no longer "hosted_by" NHS England
    for (const g of GEOGRAPHIES) {
      const fromSenate = await lines({ fromId: net(`senate-${g.key}`) });
      expect(fromSenate.map((l) => [l['nature'], l['toId'], l['reference']])).toEqual([
        ['governed_by', board(`senate-board-${g.region}`), 'annex G 55.b'],
      ]);
    }
  });

  it('the regional team signs off and assures each clinical network (annex G 58.e)', async () => {
    const cn = await lines({ fromId: net('cn-wessex-cancer') });
    expect(cn.map((l) => [l['nature'], l['toId']])).toEqual([
      ['accounts_to', bid('nhs-england-south')],
    ]);
  });

  it('the Graduate Management Training Scheme stays with the Academy: no LDP offers it (rec 12.ii)', async () => {
    expect(REVIEW).toContain(
      'The graduate management training schemes will remain with the Leadership Academy',
    );
    const offers = await store.repo('offer').all({ kind: 'programme' });
    expect(offers).toHaveLength(10 * 7);
    expect(offers.some((o) => /Graduate Management/.test(o['title'] as string))).toBe(false);
    const gmts = await store
      .repo('programme')
      .get(naturalId('programme', 'graduate-management-training-scheme'));
    expect(gmts?.['description']).toMatch(/run nationally by the NHS Leadership Academy/);
    expect(gmts?.['deliveredBy']).toBeUndefined();
  });

  it('annex H: admin funding on senates and networks only, the programme split undecided, the notes beside the figures', async () => {
    const [admin] = await store
      .repo('finance-allocation')
      .all({ bodyKey: 'senates-networks', year: '2014/15' });
    expect(admin).toMatchObject({
      bodyName: 'Clinical Senates and Clinical Networks',
      category: 'admin',
      amountGbpThousands: 10000,
      sharedBy: ['Clinical Senates', 'Clinical Networks'],
    });
    expect(REVIEW).toContain(`(${admin!['note']})`);
    const programme = await store
      .repo('finance-allocation')
      .all({ bodyKey: 'ahsns-senates-networks', year: '2015/16' });
    expect(programme).toHaveLength(1);
    expect(programme[0]).toMatchObject({
      category: 'programme',
      amountGbpThousands: 73530,
      sharedBy: ['AHSNs', 'Clinical Senates', 'Clinical Networks'],
      splitUndecided: true,
    });
    expect(programme[0]!['note']).toMatch(/no decisions have yet been taken/);
    expect(REVIEW).toContain(`(${programme[0]!['note']})`);
  });

  it('para 121: both targets as the review sets them, each body’s and line’s own percentage beside them (annex H)', async () => {
    expect(REVIEW).toContain(
      'secure a minimum saving of both 15% across the improvement architecture, and £2m from the Academy',
    );
    const [architecture, academy] = savingsProgress({
      allocations: (await store.repo('finance-allocation').all()) as never,
      targets: (await store.repo('savings-target').all()) as never,
    }).sort((a, b) => (a.requiredPercent === null ? 1 : 0) - (b.requiredPercent === null ? 1 : 0));
    expect(architecture).toMatchObject({ requiredPercent: 15, requiredGbpThousands: null });
    expect(academy).toMatchObject({ requiredPercent: null, requiredGbpThousands: 2000 });
    const pct = (n: number | null) => (n === null ? null : n.toFixed(2));
    // annex H's own "Year on Year Reduction %" column
    expect(
      [...architecture!.lines, ...academy!.lines].map((l) => [
        l.bodyKey,
        l.category,
        pct(l.savingPercent),
      ]),
    ).toEqual([
      ['nhs-iq', 'admin', '27.72'],
      ['nhs-iq', 'programme', '28.59'],
      ['senates-networks', 'admin', '15.00'],
      ['ahsns-senates-networks', 'programme', '14.20'],
      ['nhs-leadership-academy', 'admin', '2.82'],
      ['nhs-leadership-academy', 'programme', '28.09'],
    ]);
    expect(architecture!.bodies.map((b) => [b.bodyKey, pct(b.savingPercent)])).toEqual([
      ['nhs-iq', '28.39'],
      ['senates-networks', '15.00'],
      ['ahsns-senates-networks', '14.20'],
    ]);
    const undecided = architecture!.lines.find(
      (l) => l.category === 'programme' && l.splitUndecided,
    );
    expect(undecided?.bodyKey).toBe('ahsns-senates-networks');
  });

  it('organisation types beyond trusts exist (rec 7.i, annex F)', async () => {
    const created = await store
      .repo('organisation')
      .create(
        { name: 'Advancing Quality Alliance', type: 'improvement_agency' },
        { actor: 'test', actorRole: 'admin' },
      );
    expect(created['type']).toBe('improvement_agency');
    for (const type of [
      'commissioner',
      'local_authority',
      'csu',
      'clahrc',
      'healthwatch',
      'university',
    ])
      expect(() => store.repo('organisation').def.schema.parse({ name: 'x', type })).not.toThrow();
  });
});

describe('successors', () => {
  it('R0A succeeds RW3 and RM2 from 1 October 2017; R0B succeeds RE9 and RLN from 1 April 2019', async () => {
    const get = (ods: string) => store.repo('organisation').get(org(ods));
    expect(await get('R0A')).toMatchObject({
      name: 'Manchester University NHS Foundation Trust',
      openedOn: '2017-10-01',
    });
    expect(await get('R0B')).toMatchObject({
      name: 'South Tyneside and Sunderland NHS Foundation Trust',
      openedOn: '2019-04-01',
    });
    for (const [ods, successor, on] of [
      ['RW3', 'R0A', '2017-10-01'],
      ['RM2', 'R0A', '2017-10-01'],
      ['RE9', 'R0B', '2019-04-01'],
      ['RLN', 'R0B', '2019-04-01'],
    ] as const)
      expect(await get(ods)).toMatchObject({ closedOn: on, successorId: org(successor) });
  });

  it('counts and denominators use the organisations open on the day: a merged trust is counted once', async () => {
    const input = {
      organisations: (await store.repo('organisation').all()) as never,
      organisationStrategies: [],
      memberships: (await store.repo('membership').all()) as never,
      networks: (await store.repo('network').all()) as never,
      geographies: (await store.repo('geography').all()) as never,
    };
    const ids = (asOf: string) =>
      new Set(strategyCompliance({ ...input, asOf }).organisations.map((o) => o.organisationId));
    const in2016 = ids('2016-06-01');
    const today = ids(new Date().toISOString().slice(0, 10));
    for (const ods of ['RW3', 'RM2', 'RE9', 'RLN']) {
      expect(in2016.has(org(ods))).toBe(true);
      expect(today.has(org(ods))).toBe(false);
    }
    for (const ods of ['R0A', 'R0B']) {
      expect(in2016.has(org(ods))).toBe(false);
      expect(today.has(org(ods))).toBe(true);
    }
    // 2018: Manchester merged, Sunderland not yet
    const in2018 = ids('2018-06-01');
    expect(['R0A', 'RE9', 'RLN'].every((o) => in2018.has(org(o)))).toBe(true);
    expect(['RW3', 'RM2', 'R0B'].some((o) => in2018.has(org(o)))).toBe(false);
  });
});

describe('re-seeding a database seeded before these corrections', () => {
  it('tombstones the facts the seed no longer makes, and only those', async () => {
    const old = await Store.open({ url: ':memory:', instance: 'hub' });
    try {
      const stale = naturalId(
        'accountability-line',
        board('leadership-board'),
        bid('hee'),
        'accounts_to',
      );
      const gmtsOffer = naturalId('offer', 'ldp-london', 'graduate-management-training-scheme');
      // the records the stale facts name are there (references are checked on every write)
      await seedEngland(old);
      await old.write(async (tx) => {
        const ctx = { actor: 'seed:england', actorRole: 'admin' as const };
        await old.repo('accountability-line').upsertManyIn(
          tx,
          [
            {
              id: stale,
              fields: {
                fromKind: 'governing_board',
                fromId: board('leadership-board'),
                toKind: 'national_body',
                toId: bid('hee'),
                nature: 'accounts_to',
                reference: 'rec 12',
              },
            },
          ],
          ctx,
          'hub',
        );
        await old.repo('offer').upsertManyIn(
          tx,
          [
            {
              id: gmtsOffer,
              fields: {
                networkId: net('ldp-london'),
                title: 'Graduate Management Training Scheme',
                kind: 'programme',
                audience: [],
              },
            },
          ],
          ctx,
          'hub',
        );
      });
      await seedEngland(old);
      expect(await old.repo('accountability-line').get(stale)).toBeUndefined();
      expect(await old.repo('offer').get(gmtsOffer)).toBeUndefined();
      expect(
        (await old.repo('accountability-line').get(stale, { includeDeleted: true }))?.deleted,
      ).toBe(true);
      const again = await seedEngland(old);
      expect(again.created + again.updated).toBe(0);
    } finally {
      old.close();
    }
  });
});
