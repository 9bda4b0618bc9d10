import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEngland } from '@tessera/store';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({
    instance: 'ahsn-health-innovation-network',
    role: 'local',
    seed: seedEngland,
  });
});
afterAll(() => t.stop());

const json = async <T = Record<string, unknown>>(r: Promise<Response>) =>
  (await (await r).json()) as T;
type Baseline = {
  dimension: string;
  england: { assessed: number; cells: { staffGroup: string; level: string; trained: number }[] };
};

describe('the leadership-development baseline beside the improvement one (para 68.i)', () => {
  it('rolls up leadership assessments on their own, and leaves them out of the improvement baseline', async () => {
    const [org] = (
      await json<{ items: { id: string }[] }>(t.request('/api/v1/organisations?odsCode=RJZ'))
    ).items;
    const assess = (dimension: string | undefined, trained: number) =>
      t.request('/api/v1/capability-assessments', {
        method: 'POST',
        as: 'editor',
        json: {
          organisationId: org!.id,
          ...(dimension ? { dimension } : {}),
          staffGroup: 'organisational_leaders',
          level: 'practitioner',
          assessedOn: '2015-09-30',
          headcount: 40,
          trained,
          targetTrained: 30,
        },
      });
    expect((await assess('leadership', 12)).status).toBe(201);
    expect((await assess(undefined, 5)).status).toBe(201); // improvement, by default
    expect((await assess('wisdom', 5)).status).toBe(400);

    const cell = (b: Baseline) =>
      b.england.cells.find(
        (c) => c.staffGroup === 'organisational_leaders' && c.level === 'practitioner',
      )!;
    const leadership = await json<Baseline>(
      t.request('/api/v1/leadership-baseline?asOf=2016-01-01'),
    );
    expect(leadership.dimension).toBe('leadership');
    expect(leadership.england.assessed).toBe(1);
    expect(cell(leadership).trained).toBe(12);
    const improvement = await json<Baseline>(
      t.request('/api/v1/capability-baseline?asOf=2016-01-01'),
    );
    expect(improvement.dimension).toBe('improvement');
    expect(cell(improvement).trained).toBe(5);
    expect((await t.request('/api/v1/leadership-baseline?asOf=2016-13-01')).status).toBe(400);
  });

  it('compares AHSN business plans with their clinical networks, as a public view (annex G 59.b)', async () => {
    const hin = (
      await json<{ items: { id: string }[] }>(
        t.request('/api/v1/networks?key=ahsn-health-innovation-network'),
      )
    ).items[0]!;
    const plan = await t.request('/api/v1/business-plans', {
      method: 'POST',
      as: 'editor',
      json: {
        networkId: hin.id,
        year: '2015/16',
        title: 'HIN business plan 2015/16',
        priorityAreas: ['cancer', 'mental_health_dementia_neurology'],
        deliverables: [{ title: 'Diabetes digital pathway', priorityArea: 'cardiovascular' }],
      },
    });
    expect(plan.status).toBe(201);
    const view = await json<{
      ahsns: { ahsnId: string; status: string; gaps: string[]; score: number | null }[];
    }>(t.request('/api/v1/plan-alignment?year=2015/16'));
    const mine = view.ahsns.find((a) => a.ahsnId === hin.id)!;
    // HIN's members lie in London, whose four clinical networks it covers but for maternity
    expect(mine.gaps).toEqual(['maternity_children']);
    expect(mine.status).toBe('partly_aligned');
    expect(mine.score).toBe(0.75);
    expect(view.ahsns.filter((a) => a.status === 'no_plan').length).toBe(14);
    expect((await t.request('/api/v1/plan-alignment?year=2015')).status).toBe(400);
  });
});
