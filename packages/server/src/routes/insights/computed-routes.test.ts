import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRepository, seedEngland } from '@tessera/store';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({ instance: 'hub', role: 'hub', seed: seedEngland });
});
afterAll(() => t.stop());

const json = async <T = Record<string, unknown>>(r: Response | Promise<Response>) =>
  (await (await r).json()) as T;

describe('the seeded hub', () => {
  it('lists 15 AHSNs, 10 LDPs, 12 senates and every English trust', async () => {
    const count = async (q: string) =>
      (
        await json<{ items: unknown[] }>(
          t.request(`/api/v1/networks?${q}&limit=100`, { as: 'viewer' }),
        )
      ).items.length;
    expect(await count('type=ahsn')).toBe(15);
    expect(await count('type=ldp')).toBe(10);
    expect(await count('type=senate')).toBe(12);
    const orgs = await json<{ items: { odsCode: string }[]; nextCursor: string | null }>(
      t.request('/api/v1/organisations?limit=500', { as: 'viewer' }),
    );
    expect(orgs.items).toHaveLength(238);
    expect(orgs.nextCursor).toBeNull();
  });

  it('navigates from King’s College Hospital (RJZ) to the Health Innovation Network, its senate, LDP and offers', async () => {
    const r = await t.request('/api/v1/navigator/RJZ');
    expect(r.status).toBe(200);
    const nav = await json<{
      ahsn: { name: string };
      senate: { name: string };
      ldp: { name: string };
      improvementCoalition: { name: string };
      clinicalNetworks: unknown[];
      offers: { networkType: string }[];
    }>(r);
    expect(nav.ahsn.name).toBe('Health Innovation Network (South London)');
    expect(nav.senate.name).toBe('London Clinical Senate');
    expect(nav.ldp.name).toBe('London Local Delivery Partner');
    expect(nav.improvementCoalition.name).toContain('Health Innovation Network');
    expect(nav.clinicalNetworks).toHaveLength(4);
    expect(nav.offers.filter((o) => o.networkType === 'ldp')).toHaveLength(8);
  });

  it('answers an unknown ODS code with a 404 problem', async () => {
    const r = await t.request('/api/v1/navigator/ZZZ99');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(((await r.json()) as { detail: string }).detail).toContain('ZZZ99');
  });

  it('computes coterminosity, savings progress and board shared membership', async () => {
    const cot = await json<{ geographies: unknown[]; index: number }>(
      t.request('/api/v1/coterminosity'),
    );
    expect(cot.geographies).toHaveLength(12);
    expect(cot.index).toBeGreaterThan(0);
    expect(cot.index).toBeLessThanOrEqual(1);
    const sav = await json<{ targets: { met: boolean }[] }>(t.request('/api/v1/savings-progress'));
    expect(sav.targets.map((x) => x.met)).toEqual([true, true]);
    const cross = await t.request('/api/v1/cross-alignment');
    expect(cross.status).toBe(200);
    const boards = await t.request('/api/v1/board-shared-membership');
    expect(boards.status).toBe(200);
    expect((await t.request('/api/v1/strategy-compliance?asOf=2015-13-45')).status).toBe(400);
  });
});

describe('the assurance workflow over HTTP', () => {
  it('moves a return draft -> submitted -> reviewed -> signed off, the regional assessor deciding; illegal steps answer 409', async () => {
    const ahsn = (
      await json<{ items: { id: string }[] }>(
        t.request('/api/v1/networks?key=ahsn-health-innovation-network'),
      )
    ).items[0]!;
    const created = await json<{ id: string; status: string }>(
      t.request('/api/v1/assurance-returns', {
        method: 'POST',
        as: 'editor',
        json: {
          networkId: ahsn.id,
          period: '2015-Q3',
          deliverables: [{ title: 'Patient safety collaborative launched', rag: 'green' }],
        },
      }),
    );
    expect(created.status).toBe('draft');
    const tokens = new TokenRepository(t.store);
    const assessor = (
      await tokens.create({ role: 'assessor', scope: 'london', name: 'London RMT' })
    ).token;
    const south = (await tokens.create({ role: 'assessor', scope: 'south' })).token;
    const step = (path: string, as: 'editor' | 'admin' | 'viewer' | string, body?: unknown) =>
      t.request(`/api/v1/assurance-returns/${created.id}/${path}`, {
        method: 'POST',
        ...(['editor', 'admin', 'viewer'].includes(as)
          ? { as: as as 'editor' }
          : { headers: { authorization: `Bearer ${as}` } }),
        ...(body ? { json: body } : {}),
      });

    const illegal = await step('sign-off', assessor);
    expect(illegal.status).toBe(409);
    expect(
      (await json(t.request(`/api/v1/assurance-returns/${created.id}`, { as: 'viewer' })))[
        'status'
      ],
    ).toBe('draft');
    expect((await step('submit', 'viewer')).status).toBe(403);
    expect((await step('submit', 'editor')).status).toBe(200);
    expect((await step('review', 'editor')).status).toBe(403);
    expect((await step('review', 'admin')).status).toBe(403); // only the regional team assesses
    expect((await step('review', south)).status).toBe(403); // of the network's own region
    expect((await step('return', assessor)).status).toBe(400); // a return for changes needs a comment
    const returned = await step('return', assessor, { comment: 'Please add the Q3 metrics' });
    expect(returned.status).toBe(201);
    expect(((await returned.json()) as { record: { status: string } }).record.status).toBe('draft');
    expect((await step('submit', 'editor', { comment: 'Metrics added' })).status).toBe(200);
    expect((await step('review', assessor)).status).toBe(201);
    const signed = (
      await json<{
        record: {
          status: string;
          history: { action: string; by: string; at: string }[];
          version: number;
        };
      }>(step('sign-off', assessor))
    ).record;
    expect(signed.status).toBe('signed_off');
    expect(signed.history.map((h) => h.action)).toEqual([
      'submit',
      'return',
      'submit',
      'review',
      'sign_off',
    ]);
    expect(signed.history[0]!.by).toContain('test editor');
    expect(signed.history[4]!.by).toContain('London RMT');
    for (const h of signed.history) expect(Number.isNaN(Date.parse(h.at))).toBe(false);
    // a signed-off return can no longer be edited
    const edit = await t.request(`/api/v1/assurance-returns/${created.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { overallRag: 'red' },
    });
    expect(edit.status).toBe(409);
    const audit = await json<{ items: { action: string }[] }>(
      t.request(`/api/v1/audit?recordId=${created.id}`, { as: 'admin' }),
    );
    expect(audit.items.map((a) => a.action)).toEqual([
      'assessment:sign_off',
      'assessment:review',
      'transition:submit',
      'assessment:return',
      'transition:submit',
      'create',
    ]);
    expect((await t.request('/api/v1/audit', { as: 'viewer' })).status).toBe(403);
  });
});
