import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naturalId } from '@tessera/core';
import { TokenRepository, seedEngland } from '@tessera/store';
import { syncWithHub } from '@tessera/sync';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';

let hub: TestInstance;
let ldp: TestInstance;
beforeAll(async () => {
  hub = await startTestInstance({ instance: 'hub', role: 'hub', seed: seedEngland });
  ldp = await startTestInstance({ instance: 'ldp-london', role: 'local', seed: seedEngland });
});
afterAll(async () => {
  await ldp.stop();
  await hub.stop();
});

describe('diversity reaches the hub only as suppressed aggregates', () => {
  it('syncs the published aggregate and none of the protected characteristics', async () => {
    const post = async (path: string, json: unknown) => {
      const r = await ldp.request(`/api/v1/${path}`, { method: 'POST', as: 'editor', json });
      if (r.status !== 201) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return (await r.json()) as { id: string };
    };
    const cohort = await post('cohorts', {
      programmeId: naturalId('programme', 'mary-seacole'),
      ldpId: naturalId('network', 'ldp-london'),
      startDate: '2015-09-01',
      endDate: '2016-03-31',
      places: 40,
      deliveryPartner: 'London LDP',
    });
    const ethnicities = [
      ...Array(25).fill('white_british'),
      ...Array(11).fill('black_caribbean'),
      ...Array(4).fill('asian_bangladeshi'),
    ];
    for (const [i, ethnicity] of ethnicities.entries()) {
      const p = await post('participants', {
        name: `Leader Number${i}`,
        email: `leader${i}@example.org`,
        organisationId: naturalId('organisation', 'RJZ'),
        profession: 'nursing',
        band: '7',
        sex: i % 3 ? 'female' : 'male',
        ageBand: '45_54',
        ethnicity,
        disability: 'no',
        sexualOrientation: 'not_stated',
        religion: 'not_stated',
      });
      await post('enrolments', {
        cohortId: cohort.id,
        participantId: p.id,
        status: 'enrolled',
        enrolledOn: '2015-09-01',
      });
    }
    const published = await ldp.request('/api/v1/diversity/publish', {
      method: 'POST',
      as: 'editor',
      json: { characteristic: 'ethnicity', by: 'programme' },
    });
    expect(published.status).toBe(201);
    const token = (
      await new TokenRepository(hub.store).create({ role: 'sync', instance: 'ldp-london' })
    ).token;
    const report = await syncWithHub({ store: ldp.store, hubUrl: hub.url, token });
    expect(report.agree).toBe(true);
    const aggregates = (await (await hub.request('/api/v1/diversity-aggregates')).json()) as {
      items: { owner: string; rows: { cells: ({ value: number } | { suppressed: true })[] }[] }[];
    };
    expect(aggregates.items).toHaveLength(1);
    expect(aggregates.items[0]!.owner).toBe('ldp-london');
    const values = aggregates.items[0]!.rows.flatMap((r) => r.cells)
      .filter((c): c is { value: number } => 'value' in c)
      .map((c) => c.value);
    expect(values.every((v) => v === 0 || v >= 10)).toBe(true);
    // the hub's copy of the participants has no personal field at all
    const rows = await hub.store.client.execute(
      'select name, email, sex, age_band, ethnicity, disability, sexual_orientation, religion from participants',
    );
    expect(rows.rows.length).toBe(40);
    expect(rows.rows.every((r) => Object.values(r).every((v) => v === null))).toBe(true);
    const everything =
      JSON.stringify((await hub.store.client.execute('select * from change_log')).rows) +
      JSON.stringify((await hub.store.client.execute('select * from audit_log')).rows);
    expect(everything).not.toMatch(
      /Leader Number|leader\d+@example|black_caribbean|asian_bangladeshi/,
    );
  });
});
