/**
 * Assessment by the right people (issue 13; annex G 59.b: business plans and quarterly assurance
 * "assessed by Regional Medical Teams"): a real hub and a real region, both `tessera serve` in
 * process on 127.0.0.1, and the real sync between them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { naturalId } from '@tessera/core';
import type { RunningInstance } from '@tessera/cli';
import { syncWithHub } from '@tessera/sync';
import { Cleanup, tempDir } from './harness/files.js';
import { serveInstance, tokenOf } from './harness/instances.js';
import { request } from './harness/requests.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const start = (dir: string, instance: string, role: 'hub' | 'local') =>
  serveInstance(dir, instance, role, cleanup, { seed: true });
const token = (r: RunningInstance, role: string, extra: Record<string, string> = {}) =>
  tokenOf(r, role, { name: `${role} ${extra['scope'] ?? ''}`.trim(), ...extra });

const api = (r: RunningInstance, path: string, t?: string, body?: unknown, method?: string) =>
  request(`${r.url}/api/v1/${path}`, {
    ...(t ? { token: t } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(method ? { method } : {}),
  });

describe('assurance and business plans are assessed by the regional team, at the hub', () => {
  it('the region submits; only the assessor of its region reviews and signs off; the region sees it after a sync', async () => {
    const dir = tempDir(cleanup);
    const hub = await start(dir, 'hub', 'hub');
    const region = await start(dir, 'ahsn-oxford', 'local');
    const sync = () =>
      syncWithHub({ store: region.store, hubUrl: hub.url, token: syncToken, verify: true });
    const syncToken = await token(hub, 'sync', { instance: 'ahsn-oxford' });
    const south = await token(hub, 'assessor', { scope: 'south' });
    const london = await token(hub, 'assessor', { scope: 'london' });
    const hubAdmin = await token(hub, 'admin');
    const editor = await token(region, 'editor');
    const admin = await token(region, 'admin');
    const oxford = naturalId('network', 'ahsn-oxford');

    const created = await api(region, 'assurance-returns', editor, {
      networkId: oxford,
      period: '2015-Q3',
      deliverables: [{ title: 'Patient safety collaborative launched', rag: 'green' }],
    });
    expect(created.status).toBe(201);
    const id = created.body['id'] as string;
    expect((await api(region, `assurance-returns/${id}/submit`, editor, {})).status).toBe(200);

    // the region's own people can neither review nor sign off: 403 naming the rule
    for (const step of ['review', 'sign-off']) {
      const own = await api(region, `assurance-returns/${id}/${step}`, admin, {});
      expect(own.status).toBe(403);
      expect(own.body['detail']).toContain('annex G 59.b');
      expect(own.body['rule']).toBe('assessed-by-regional-medical-team');
    }

    const first = await sync();
    expect(first.agree).toBe(true);
    expect((await api(hub, `assurance-returns/${id}`)).body['status']).toBe('submitted');

    // at the hub: not the hub's admin, not the region's sync token, not another region's team
    const byAdmin = await api(hub, `assurance-returns/${id}/review`, hubAdmin, {});
    expect(byAdmin.status).toBe(403);
    expect(byAdmin.body['detail']).toContain('assessor');
    expect((await api(hub, `assurance-returns/${id}/review`, syncToken, {})).status).toBe(403);
    const byLondon = await api(hub, `assurance-returns/${id}/review`, london, {});
    expect(byLondon.status).toBe(403);
    expect(byLondon.body['detail']).toContain('south Regional Medical Team');
    expect(byLondon.body['rule']).toBe('assessor-of-the-region');
    // an illegal step changes nothing
    expect((await api(hub, `assurance-returns/${id}/sign-off`, south, {})).status).toBe(409);

    const reviewed = await api(hub, `assurance-returns/${id}/review`, south, {
      comment: 'Deliverables on track',
    });
    expect(reviewed.status).toBe(201);
    expect((reviewed.body['assessment'] as { status: string }).status).toBe('reviewed');
    const signed = await api(hub, `assurance-returns/${id}/sign-off`, south, {});
    expect(signed.status).toBe(201);
    expect((signed.body['decision'] as { owner: string }).owner).toBe('hub');
    expect((await api(hub, `assurance-returns/${id}/assessment`)).body['status']).toBe(
      'signed_off',
    );

    // before its next pull the region still sees its own submitted return
    expect((await api(region, `assurance-returns/${id}`, editor)).body['status']).toBe('submitted');
    const second = await sync();
    expect(second.pull.applied).toBeGreaterThanOrEqual(2);
    expect(second.agree).toBe(true);

    const mine = await api(region, `assurance-returns/${id}`, editor);
    expect(mine.body['status']).toBe('signed_off');
    const history = mine.body['history'] as { action: string; by: string; comment?: string }[];
    expect(history.map((h) => h.action)).toEqual(['submit', 'review', 'sign_off']);
    expect(history[1]!.by).toContain('assessor south');
    expect(history[1]!.comment).toBe('Deliverables on track');
    expect(
      (await api(region, `assessment-decisions?subjectId=${id}`, editor)).body['items'],
    ).toHaveLength(2);
    // signed off: locked at the region, and the hub's copy says so too
    expect(
      (await api(region, `assurance-returns/${id}`, editor, { overallRag: 'red' }, 'PATCH')).status,
    ).toBe(409);
    expect((await api(hub, `assurance-returns/${id}`)).body['status']).toBe('signed_off');
    // a region cannot write the hub's decisions (national records)
    expect(
      (await api(region, 'assessment-decisions', admin, { subject: 'assurance-return' })).status,
    ).toBe(403);
  }, 120_000);

  it('a business plan returned for changes comes back to the region as a draft, and is signed off after resubmission', async () => {
    const dir = tempDir(cleanup);
    const hub = await start(dir, 'hub', 'hub');
    const region = await start(dir, 'ahsn-oxford', 'local');
    const syncToken = await token(hub, 'sync', { instance: 'ahsn-oxford' });
    const sync = () => syncWithHub({ store: region.store, hubUrl: hub.url, token: syncToken });
    const south = await token(hub, 'assessor', { scope: 'south' });
    const editor = await token(region, 'editor');

    const plan = await api(region, 'business-plans', editor, {
      networkId: naturalId('network', 'ahsn-oxford'),
      year: '2015/16',
      title: 'Oxford AHSN business plan 2015/16',
      priorityAreas: ['mental_health_dementia_neurology'],
      deliverables: [
        { title: 'Dementia care pathway spread', priorityArea: 'mental_health_dementia_neurology' },
      ],
    });
    expect(plan.status).toBe(201);
    const id = plan.body['id'] as string;
    expect((await api(region, `business-plans/${id}/submit`, editor, {})).body['assessment']).toBe(
      'submitted',
    );
    // submitted: locked until the team returns it
    expect(
      (await api(region, `business-plans/${id}`, editor, { title: 'x' }, 'PATCH')).status,
    ).toBe(409);
    expect((await api(region, `business-plans/${id}/sign-off`, editor, {})).status).toBe(403);
    await sync();

    expect((await api(hub, `business-plans/${id}/return`, south, {})).status).toBe(400);
    const returned = await api(hub, `business-plans/${id}/return`, south, {
      comment: 'Add the cancer network priorities',
    });
    expect(returned.status).toBe(201);
    await sync();
    const back = await api(region, `business-plans/${id}`, editor);
    expect(back.body['assessment']).toBe('draft');
    const last = (back.body['history'] as { action: string; comment?: string }[]).at(-1)!;
    expect(last).toMatchObject({ action: 'return', comment: 'Add the cancer network priorities' });

    const edited = await api(
      region,
      `business-plans/${id}`,
      editor,
      { priorityAreas: ['mental_health_dementia_neurology', 'cancer'] },
      'PATCH',
    );
    expect(edited.status).toBe(200);
    expect((await api(region, `business-plans/${id}/submit`, editor, {})).status).toBe(200);
    await sync();
    // the earlier return does not count against the new submission
    expect((await api(hub, `business-plans/${id}/assessment`)).body['status']).toBe('submitted');
    expect((await api(hub, `business-plans/${id}/review`, south, {})).status).toBe(201);
    expect((await api(hub, `business-plans/${id}/sign-off`, south, {})).status).toBe(201);
    await sync();
    expect((await api(region, `business-plans/${id}`, editor)).body['assessment']).toBe(
      'signed_off',
    );
    const view = await api(region, `business-plans/${id}/assessment`);
    expect(view.body).toMatchObject({ status: 'signed_off', region: 'south', pending: [] });
  }, 120_000);
});
