import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naturalId } from '@tessera/core';
import { seedEngland } from '@tessera/store';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({ instance: 'hub', role: 'hub', seed: seedEngland });
});
afterAll(() => t.stop());

const post = async (path: string, json: unknown, as: 'editor' | 'admin' = 'editor') => {
  const r = await t.request(`/api/v1/${path}`, { method: 'POST', as, json });
  if (r.status !== 201) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as { id: string };
};
const get = async <T = Record<string, unknown>>(path: string, as: 'viewer' | 'none' = 'none') => {
  const r = await t.request(`/api/v1/${path}`, { as });
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
};

describe('talent over the API', () => {
  it('publishes diversity only as suppressed aggregates, with representation against imported benchmarks', async () => {
    const ldpLondon = naturalId('network', 'ldp-london');
    const ldpNorth = naturalId('network', 'ldp-north-east');
    const programme = await post(
      'programmes',
      {
        name: 'Mary Seacole programme',
        level: 'first_line',
        professions: ['nursing'],
        commissionedBy: 'NHS Leadership Academy',
        costPerPlace: 1200,
        description: 'For first-time leaders',
      },
      'admin',
    );
    const london = await post('cohorts', {
      programmeId: programme.id,
      ldpId: ldpLondon,
      startDate: '2015-09-01',
      endDate: '2016-03-31',
      places: 60,
      deliveryPartner: 'London LDP',
    });
    const north = await post('cohorts', {
      programmeId: programme.id,
      ldpId: ldpNorth,
      startDate: '2015-09-01',
      endDate: '2016-03-31',
      places: 30,
      deliveryPartner: 'North East LDP',
    });
    const org = naturalId('organisation', 'RJZ');
    const people: [string, string, number][] = [
      [london.id, 'white_british', 30],
      [london.id, 'asian_indian', 12],
      [london.id, 'black_african', 3],
      [north.id, 'white_british', 20],
      [north.id, 'asian_pakistani', 2],
    ];
    let n = 0;
    for (const [cohortId, ethnicity, count] of people) {
      for (let i = 0; i < count; i++) {
        const p = await post('participants', {
          name: `Person ${n}`,
          email: `p${n}@example.org`,
          organisationId: org,
          profession: 'nursing',
          band: '6',
          sex: n % 2 ? 'female' : 'male',
          ageBand: '35_44',
          ethnicity,
          disability: 'no',
          sexualOrientation: 'not_stated',
          religion: 'not_stated',
        });
        n++;
        await post('enrolments', {
          cohortId,
          participantId: p.id,
          status: 'completed',
          enrolledOn: '2015-09-01',
          completedOn: '2016-03-31',
          satisfaction: 4,
        });
      }
    }
    const d = await get<{
      table: {
        groups: string[];
        categories: string[];
        cells: ({ value: number } | { suppressed: true })[][];
        rowTotals: unknown[];
      };
      representation: unknown[];
    }>('diversity?characteristic=ethnicity&by=ldp');
    const shown = d.table.cells
      .flat()
      .filter((c): c is { value: number } => 'value' in c)
      .map((c) => c.value);
    expect(shown.every((v) => v === 0 || v >= 10)).toBe(true);
    expect(d.table.cells.flat().some((c) => 'suppressed' in c)).toBe(true);
    expect(JSON.stringify(d)).not.toContain('Person ');

    const imported = await t.request('/api/v1/population-benchmarks/import', {
      method: 'POST',
      as: 'admin',
      body: 'geography,characteristic,category,share\nldp-london,ethnicity,white,0.45\nldp-london,ethnicity,asian,0.18\nldp-london,ethnicity,black,0.13\nldp-london,ethnicity,mixed,0.05\nldp-london,ethnicity,other,0.19\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(201);
    const withBenchmarks = await get<{ representation: { status: string }[] }>(
      'diversity?characteristic=ethnicity&by=ldp',
    );
    expect(withBenchmarks.representation.length).toBeGreaterThan(0);

    const published = await t.request('/api/v1/diversity/publish', {
      method: 'POST',
      as: 'editor',
      json: { characteristic: 'ethnicity', by: 'ldp' },
    });
    expect(published.status).toBe(201);
    expect(JSON.stringify(await published.json())).not.toContain('Person ');

    const vfm = await get<{
      byProgramme: { completions: number }[];
      budget: { programmeGbpThousands: number };
    }>('value-for-money');
    expect(vfm.budget.programmeGbpThousands).toBe(50800);
  });

  it('lists exactly the senior posts at risk, needs a token for it, and lists follow-ups due', async () => {
    const org = naturalId('organisation', 'RR8');
    const soon = await post(
      'senior-posts',
      {
        title: 'Chief Executive',
        organisationId: org,
        incumbentName: 'A Leader',
        expectedVacancyDate: '2016-03-01',
      },
      'admin',
    );
    const covered = await post(
      'senior-posts',
      { title: 'Medical Director', organisationId: org, incumbentName: 'B Leader' },
      'admin',
    );
    await post(
      'succession-plans',
      { postId: covered.id, successors: [{ personRef: 'p-1', readiness: 'ready_now' }] },
      'admin',
    );
    await post(
      'succession-plans',
      { postId: soon.id, successors: [{ personRef: 'p-2', readiness: '1_2_years' }] },
      'admin',
    );
    expect((await t.request('/api/v1/succession-risk')).status).toBe(401);
    const risk = await get<{ posts: { postId: string; flags: string[] }[] }>(
      'succession-risk?asOf=2015-10-01',
      'viewer',
    );
    const flags = Object.fromEntries(risk.posts.map((p) => [p.postId, p.flags]));
    expect(flags[soon.id]).toEqual(
      expect.arrayContaining(['no_ready_now_successor', 'vacancy_within_12_months']),
    );
    expect(flags[covered.id] ?? []).toEqual([]);

    const due = await get<{ due: unknown[] }>('follow-ups/due?asOf=2016-06-01', 'viewer');
    expect(Array.isArray(due.due)).toBe(true);
    const matches = await get<{ matches: unknown[] }>('mentoring/matches', 'viewer');
    expect(Array.isArray(matches.matches)).toBe(true);
  });
});
