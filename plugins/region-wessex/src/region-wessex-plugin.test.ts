import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestInstance, type TestInstance } from '@tessera/server/testing';
import { regionWessexPlugin } from './region-wessex-plugin.js';
import { wessexTrusts } from './wessex-trusts.js';

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({ instance: 'ahsn-wessex', plugins: [regionWessexPlugin()] });
});
afterAll(() => t.stop());

const base = '/api/v1/plugins/region-wessex';

describe('region-wessex plugin', () => {
  it('seeds its members from the ODS trusts of local office Q70, once', async () => {
    expect(wessexTrusts().map((m) => m.odsCode)).toEqual([
      'R1C',
      'R1F',
      'RBD',
      'RD3',
      'RDY',
      'RDZ',
      'RHM',
      'RHU',
      'RN5',
      'RW1',
    ]);
    expect(wessexTrusts()[1]).toEqual({
      odsCode: 'R1F',
      name: 'Isle of Wight NHS Trust',
      town: 'Newport',
      postcode: 'PO30 5TG',
      openedOn: '2012-04-01',
    });
    const page = (await (
      await t.request(`${base}/region-wessex-members?limit=50`, { as: 'viewer' })
    ).json()) as {
      items: unknown[];
    };
    expect(page.items).toHaveLength(10);
  });

  it('analyses its local metric with SPC and sums up priorities, programme and engagement', async () => {
    const post = (collection: string, json: unknown) =>
      t.request(`${base}/${collection}`, { method: 'POST', as: 'editor', json });
    const months = [5, 6, 5, 7, 6, 5, 6, 7, 6, 5, 6, 7, 14, 15, 16];
    for (const [i, value] of months.entries())
      expect(
        (
          await post('region-wessex-metric-values', {
            metric: 'members-engaged',
            date: `2015-${String((i % 12) + 1).padStart(2, '0')}-01`.replace(
              /^2015/,
              i < 12 ? '2015' : '2016',
            ),
            value,
          })
        ).status,
      ).toBe(201);
    expect(
      (
        await post('region-wessex-priorities', {
          code: 'WX1',
          title: 'Medicines optimisation',
          nationalPriorityIds: ['np-1'],
        })
      ).status,
    ).toBe(201);
    expect(
      (await post('region-wessex-priorities', { code: 'WX2', title: 'Healthy ageing' })).status,
    ).toBe(201);
    expect(
      (
        await post('region-wessex-workstreams', {
          priorityCode: 'WX1',
          title: 'Care homes',
          status: 'active',
          startOn: '2015-06-01',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post('region-wessex-engagements', {
          odsCode: 'RHM',
          contactName: 'A Person',
          contactEmail: 'a.person@example.org',
          on: '2015-09-01',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post('region-wessex-engagements', {
          odsCode: 'RHM',
          contactName: 'A Person',
          contactEmail: 'bad',
        })
      ).status,
    ).toBe(400);
    const spc = (await (
      await t.request(`${base}/metrics/members-engaged/spc`, { as: 'viewer' })
    ).json()) as {
      points: unknown[];
      variationType: string;
    };
    expect(spc.points).toHaveLength(15);
    expect(spc.variationType).toBe('special_cause_improvement');
    const summary = await (await t.request(`${base}/summary`, { as: 'viewer' })).json();
    expect(summary).toEqual({
      members: 10,
      engagedMembers: 1,
      priorities: 2,
      prioritiesLinkedToNational: 1,
      workstreams: { planned: 0, active: 1, closed: 0 },
      metric: { name: 'members-engaged', points: 15, variation: 'special_cause_improvement' },
    });
  });

  it('keeps engagements (contact details) out of the change log', async () => {
    const rs = await t.store.client.execute(
      "SELECT count(*) FROM change_log WHERE entity = 'region-wessex-engagement'",
    );
    expect(Number(rs.rows[0]![0])).toBe(0);
    const members = await t.store.client.execute(
      "SELECT count(*) FROM change_log WHERE entity = 'region-wessex-member'",
    );
    expect(Number(members.rows[0]![0])).toBe(10);
  });
});
