import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naturalId } from '@tessera/core';
import { seedEngland } from '@tessera/store';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';

// The golden cases made by the NHS-R package NHSRplotthedots (copied into core with the engine).
const fixtures = JSON.parse(
  readFileSync(
    new URL('../../../../core/src/improvement/spc/__fixtures__/public.json', import.meta.url),
    'utf8',
  ),
) as {
  cases: {
    id: string;
    input: { dates: string[]; values: (number | null)[] };
    options: {
      improvement_direction: string;
      target: number | null;
      rebase: string[] | null;
      fix_after_n_points: number | null;
      screen_outliers: boolean;
    };
    expected: {
      error: string | null;
      warnings?: string[];
      points?: Record<string, unknown>[];
      variation_icon?: string;
      assurance_icon?: string | null;
    };
  }[];
};

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({ instance: 'hub', role: 'hub', seed: seedEngland });
});
afterAll(() => t.stop());

const close = (a: unknown, b: unknown) =>
  a === null || b === null
    ? a === b
    : Math.abs((a as number) - (b as number)) <= 1e-9 * Math.max(1, Math.abs(b as number));

describe('POST /api/v1/spc reproduces NHSRplotthedots', () => {
  it.each(fixtures.cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const body = {
      points: c.input.dates.map((date, i) => ({ date, value: c.input.values[i] ?? null })),
      improvementDirection: c.options.improvement_direction,
      ...(c.options.target !== null ? { target: c.options.target } : {}),
      ...(c.options.rebase?.length ? { rebase: c.options.rebase } : {}),
      ...(c.options.fix_after_n_points !== null
        ? { fixAfterNPoints: c.options.fix_after_n_points }
        : {}),
      screenOutliers: c.options.screen_outliers,
    };
    const r = await t.request('/api/v1/spc', { method: 'POST', json: body });
    if (c.expected.error) {
      expect(r.status).toBe(400);
      return;
    }
    expect(r.status).toBe(200);
    const a = (await r.json()) as {
      points: Record<string, unknown>[];
      warnings: string[];
      variationIcon: string;
      assuranceIcon: string | null;
    };
    const expected = c.expected.points!;
    expect(a.points.map((p) => p['date'])).toEqual(expected.map((p) => p['date']));
    a.points.forEach((p, i) => {
      const e = expected[i]!;
      for (const [k, ek] of [
        ['mean', 'mean'],
        ['lpl', 'lpl'],
        ['upl', 'upl'],
        ['twoSigmaLower', 'two_sigma_lower'],
        ['twoSigmaUpper', 'two_sigma_upper'],
        ['value', 'value'],
      ] as const) {
        expect(
          close(p[k] ?? null, e[ek] ?? null),
          `${c.id} point ${i} ${k}: ${String(p[k])} vs ${String(e[ek])}`,
        ).toBe(true);
      }
      expect(p['specialCauseType']).toBe(e['special_cause_type']);
      expect(p['pointType']).toBe(e['point_type']);
    });
    expect(a.variationIcon).toBe(c.expected.variation_icon);
    expect(a.assuranceIcon ?? null).toBe(c.expected.assurance_icon ?? null);
    expect(a.warnings).toEqual(c.expected.warnings ?? []);
  });
});

describe('bad SPC input is a 400 problem, never a 500', () => {
  const pts = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      date: new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10),
      value: i % 7,
    }));
  it.each([
    [
      'duplicate dates',
      {
        points: [
          { date: '2015-01-01', value: 1 },
          { date: '2015-01-01', value: 2 },
        ],
        improvementDirection: 'increase',
      },
      'points/1/date',
    ],
    [
      'a non-numeric value',
      { points: [{ date: '2015-01-01', value: 'x' }], improvementDirection: 'increase' },
      'points/0/value',
    ],
    [
      'an unknown direction',
      { points: pts(3), improvementDirection: 'sideways' },
      'improvementDirection',
    ],
    [
      'a rebase date with no point',
      { points: pts(20), improvementDirection: 'increase', rebase: ['2016-01-01'] },
      'rebase/0',
    ],
    ['too many points', { points: pts(10_001), improvementDirection: 'increase' }, 'points'],
  ])('%s', async (_name, body, pointer) => {
    const r = await t.request('/api/v1/spc', { method: 'POST', json: body });
    expect(r.status).toBe(400);
    const p = (await r.json()) as { errors: { pointer: string }[] };
    expect(p.errors.map((e) => e.pointer)).toContain(`#/${pointer}`);
  });
});

describe('improvement data over the API', () => {
  it('analyses a stored measure, rolls up the capability baseline and routes an enquiry by the navigator', async () => {
    const rjz = naturalId('organisation', 'RJZ');
    const project = (await (
      await t.request('/api/v1/improvement-projects', {
        method: 'POST',
        as: 'editor',
        json: {
          title: 'Reduce falls',
          type: 'service_improvement',
          organisationId: rjz,
          aim: 'Halve inpatient falls',
          status: 'active',
        },
      })
    ).json()) as { id: string };
    const measure = (await (
      await t.request('/api/v1/measures', {
        method: 'POST',
        as: 'editor',
        json: {
          projectId: project.id,
          name: 'Falls per 1,000 bed days',
          kind: 'outcome',
          definition: 'falls / bed days x 1000',
          unit: 'per 1,000 bed days',
          improvementDirection: 'decrease',
          target: 4,
        },
      })
    ).json()) as { id: string };
    for (let m = 0; m < 24; m++) {
      const date = `${2014 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      const r = await t.request('/api/v1/measure-values', {
        method: 'POST',
        as: 'editor',
        json: { measureId: measure.id, date, value: 8 - (m > 15 ? 3 : 0) + ((m * 7) % 5) / 5 },
      });
      expect(r.status).toBe(201);
    }
    const spc = (await (await t.request(`/api/v1/measures/${measure.id}/spc`)).json()) as {
      points: { pointType: string }[];
      variationIcon: string;
    };
    expect(spc.points).toHaveLength(24);
    expect(spc.points.slice(-7).every((p) => p.pointType === 'special_cause_improvement')).toBe(
      true,
    );
    const projectSpc = (await (
      await t.request(`/api/v1/improvement-projects/${project.id}/spc`)
    ).json()) as { measures: unknown[] };
    expect(projectSpc.measures).toHaveLength(1);

    const assess = await t.request('/api/v1/capability-assessments', {
      method: 'POST',
      as: 'editor',
      json: {
        organisationId: rjz,
        staffGroup: 'clinicians',
        level: 'practitioner',
        assessedOn: '2015-10-01',
        headcount: 1200,
        trained: 90,
        targetTrained: 240,
      },
    });
    expect(assess.status).toBe(201);
    const baseline = (await (
      await t.request('/api/v1/capability-baseline?asOf=2015-12-31')
    ).json()) as { england: { organisations: number; assessed: number } };
    // 238 trusts less two closed in 2015 (RFW, R1G) and two not yet formed (R0A 2017, R0B 2019)
    expect(baseline.england.organisations).toBe(234);
    expect(baseline.england.assessed).toBe(1);

    const enquiry = (await (
      await t.request('/api/v1/enquiries', {
        method: 'POST',
        as: 'editor',
        json: {
          organisationId: rjz,
          topic: 'leadership',
          question: 'Who can help us develop our ward managers?',
          contactName: 'Sam Patel',
          contactEmail: 'sam.patel@example.org',
          receivedAt: '2015-11-02T09:00:00.000Z',
        },
      })
    ).json()) as { id: string };
    const routed = await t.request(`/api/v1/enquiries/${enquiry.id}/route`, {
      method: 'POST',
      as: 'editor',
    });
    expect(routed.status, await routed.clone().text()).toBe(200);
    const routedBody = (await routed.json()) as { status: string; routedToNetworkId: string };
    expect(routedBody.status).toBe('routed');
    expect(routedBody.routedToNetworkId).toBe(naturalId('network', 'ldp-london'));
    const same = await t.request(`/api/v1/enquiries/${enquiry.id}/route`, {
      method: 'POST',
      as: 'editor',
    });
    expect(same.status).toBe(400); // already routed there
    expect(
      (await t.request(`/api/v1/enquiries/${enquiry.id}/start`, { method: 'POST', as: 'editor' }))
        .status,
    ).toBe(200);
    const answered = (await (
      await t.request(`/api/v1/enquiries/${enquiry.id}/answer`, {
        method: 'POST',
        as: 'editor',
        json: { comment: 'Mary Seacole cohort in January' },
      })
    ).json()) as { status: string; history: { action: string }[] };
    expect(answered.status).toBe('answered');
    expect(answered.history.map((h) => h.action)).toEqual(['route', 'start', 'answer']);
    const again = await t.request(`/api/v1/enquiries/${enquiry.id}/route`, {
      method: 'POST',
      as: 'editor',
    });
    expect(again.status).toBe(409);
    const sla = (await (await t.request('/api/v1/enquiry-sla?asOf=2015-12-31')).json()) as {
      overall: Record<string, number>;
    };
    expect(sla.overall).toBeTypeOf('object');
    expect(
      (
        await t.request(`/api/v1/enquiries/${enquiry.id}/answer`, {
          method: 'POST',
          as: 'editor',
          body: '{bad',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
  });
});
