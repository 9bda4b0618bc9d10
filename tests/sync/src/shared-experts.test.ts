/**
 * Experts shared across regions (rec 8.iii; issue 13): an expert who opts in is published as a
 * card (name, organisation, expertise only) that reaches the hub and every other region by sync;
 * contact details stay home; opting out removes the card everywhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { RunningInstance } from '@tessera/cli';
import { syncWithHub } from '@tessera/sync';
import { Cleanup, dumpDatabase, tempDir } from './harness/files.js';
import { serveInstance, tokenOf } from './harness/instances.js';
import { request } from './harness/requests.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const start = (dir: string, instance: string, role: 'hub' | 'local') =>
  serveInstance(dir, instance, role, cleanup);
const token = (r: RunningInstance, role: string, instance?: string) =>
  tokenOf(r, role, instance ? { instance } : {});

describe('experts who opt in are found from every region', () => {
  it('a card reaches the hub and a second region by sync, without contact details, and leaves on opt-out', async () => {
    const dir = tempDir(cleanup);
    const hub = await start(dir, 'hub', 'hub');
    const oxford = await start(dir, 'ahsn-oxford', 'local');
    const wessex = await start(dir, 'ahsn-wessex', 'local');
    const tokens = {
      oxford: await token(hub, 'sync', 'ahsn-oxford'),
      wessex: await token(hub, 'sync', 'ahsn-wessex'),
    };
    const sync = (r: RunningInstance, t: string) =>
      syncWithHub({ store: r.store, hubUrl: hub.url, token: t, verify: true });
    const oxEditor = await token(oxford, 'editor');
    const wxViewer = await token(wessex, 'viewer');
    const api = (r: RunningInstance, path: string, t?: string, body?: unknown, method?: string) =>
      request(`${r.url}/api/v1/${path}`, {
        ...(t ? { token: t } : {}),
        ...(body !== undefined ? { body } : {}),
        ...(method ? { method } : {}),
      });

    // the experts' trust, a record Oxford holds (references are checked)
    const trust = await api(oxford, 'organisations', oxEditor, {
      name: 'Zq Oxford University Hospitals',
      type: 'acute',
    });
    expect(trust.status).toBe(201);
    const ouh = trust.body['id'] as string;
    const shared = await api(oxford, 'experts', oxEditor, {
      name: 'Zq Grace Hopper',
      email: 'zq.grace@example.nhs.uk',
      phone: '01865 000000',
      organisationId: ouh,
      expertise: ['Quality improvement', 'SPC'],
      optedInOn: '2015-06-01',
      bio: 'Zq private biography',
    });
    expect(shared.status).toBe(201);
    const local = await api(oxford, 'experts', oxEditor, {
      name: 'Zq Local Only',
      email: 'zq.local@example.nhs.uk',
      organisationId: ouh,
      expertise: ['quality improvement'],
      optedInOn: '2015-06-01',
    });
    expect(local.status).toBe(201);
    const id = shared.body['id'] as string;
    const card = await api(oxford, `experts/${id}/sharing`, oxEditor, {}, 'PUT');
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({
      name: 'Zq Grace Hopper',
      expertise: ['quality improvement', 'spc'],
    });
    expect(card.body['email']).toBeUndefined();
    expect((await api(oxford, `experts/${id}/sharing`, undefined, {}, 'PUT')).status).toBe(401);

    expect((await sync(oxford, tokens.oxford)).agree).toBe(true);
    expect((await sync(wessex, tokens.wessex)).agree).toBe(true);

    // Wessex finds Oxford's opted-in expert, and only that one, by expertise or by name
    expect((await api(wessex, 'expert-directory?q=quality')).status).toBe(401);
    const found = await api(wessex, 'expert-directory?expertise=quality%20improvement', wxViewer);
    expect(found.status).toBe(200);
    const items = found.body['items'] as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: 'Zq Grace Hopper',
      organisationId: ouh,
      expertise: ['quality improvement', 'spc'],
      sharedBy: 'ahsn-oxford',
    });
    expect(Object.keys(items[0]!).sort()).toEqual(
      [
        'expertise',
        'id',
        'name',
        'organisationId',
        'organisationName',
        'sharedBy',
        'sharedOn',
      ].sort(),
    );
    expect(
      ((await api(wessex, 'expert-directory?q=grace', wxViewer)).body['items'] as unknown[]).length,
    ).toBe(1);
    // nothing else of the expert left Oxford: neither the hub's nor Wessex's files hold it
    for (const file of ['hub.db', 'ahsn-wessex.db']) {
      const dump = await dumpDatabase(join(dir, file));
      expect(dump).not.toContain('zq.grace@');
      expect(dump).not.toContain('01865');
      expect(dump).not.toContain('private biography');
      expect(dump).not.toContain('Zq Local Only');
    }
    expect(await dumpDatabase(join(dir, 'ahsn-wessex.db'))).toContain('Zq Grace Hopper');
    // Wessex cannot change Oxford's card
    const cardId = card.body['id'] as string;
    const wxEditor = await token(wessex, 'editor');
    expect(
      (await api(wessex, `shared-experts/${cardId}`, wxEditor, { name: 'x' }, 'PATCH')).status,
    ).toBe(403);

    // opting out removes the card everywhere on the next syncs
    expect((await api(oxford, `experts/${id}/sharing`, oxEditor, undefined, 'DELETE')).status).toBe(
      200,
    );
    await sync(oxford, tokens.oxford);
    await sync(wessex, tokens.wessex);
    expect((await api(wessex, 'expert-directory?q=grace', wxViewer)).body['items']).toEqual([]);
  }, 120_000);
});
