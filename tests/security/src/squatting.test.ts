/**
 * Issue 10, defect 1 ("a region can block another region's sync forever"): identity cannot be
 * squatted. A region's ids carry its origin tag; the hub refuses (sets aside, audited) a first push
 * of an id another origin minted and any change to a record it holds for another instance, and the
 * owner's queue never notices. A record already held by the wrong origin (from before this rule) is
 * named in its owner's sync report and repaired by the hub's admin through an audited API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { idMintedBy, newId } from '@tessera/core';
import { Cleanup, WRITER, audited, call, hubAndTwoRegions, sync } from './_harness.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const change = (seq: number, id: string, owner: string, version = 1, name = `Org ${seq}`) => ({
  seq,
  entity: 'organisation',
  id,
  owner,
  version,
  op: 'upsert' as const,
  payload: { name, type: 'acute' },
});

describe('identity that cannot be squatted', () => {
  it('a region pushing first under an id another region minted is set aside; the owner syncs as if nothing happened', async () => {
    const { hub, a, b } = await hubAndTwoRegions(cleanup);
    // B's record exists (and its id may be seen) before B syncs
    const bOrg = await b.store
      .repo('organisation')
      .create({ name: 'B Trust', type: 'acute' }, WRITER);
    expect(idMintedBy(bOrg.id, 'region-b')).toBe(true);
    expect(idMintedBy(bOrg.id, 'region-a')).toBe(false);
    // A's token takes it first, claiming it as A's own
    const epoch = 'squatter-epoch';
    const squat = await call(hub.url, '/api/v1/sync/push', {
      token: a.syncToken,
      body: {
        origin: 'region-a',
        epoch,
        schemaVersion: 1,
        fromSeq: 1,
        toSeq: 2,
        changes: [
          change(1, bOrg.id, 'region-a', 1, 'Squatted'),
          change(2, newId('region-a'), 'region-a'),
        ],
      },
    });
    expect(squat.status).toBe(200);
    expect(squat.body['applied']).toBe(1);
    expect(squat.body['quarantined']).toMatchObject([{ id: bOrg.id, code: 'foreign_id' }]);
    expect(await hub.store.repo('organisation').get(bOrg.id)).toBeUndefined();
    const refused = await audited(hub.store, 'sync:refused');
    expect(refused).toMatchObject([{ recordId: bOrg.id, detail: { code: 'foreign_id' } }]);

    // the owner's sync: applied, agreeing, nothing in quarantine
    const report = await sync(b, hub);
    expect(report.agree).toBe(true);
    expect(report.quarantined).toEqual([]);
    expect((await hub.store.repo('organisation').get(bOrg.id))?.owner).toBe('region-b');

    // then A tries to change it: set aside (owner_conflict), B keeps writing
    const takeover = await call(hub.url, '/api/v1/sync/push', {
      token: a.syncToken,
      body: {
        origin: 'region-a',
        epoch,
        schemaVersion: 1,
        fromSeq: 3,
        toSeq: 3,
        changes: [change(3, bOrg.id, 'region-a', 9, 'Taken over')],
      },
    });
    expect(takeover.status).toBe(200);
    expect(takeover.body['quarantined']).toMatchObject([{ id: bOrg.id, code: 'owner_conflict' }]);
    await b.store.repo('organisation').update(bOrg.id, { name: 'B Trust, renamed' }, WRITER);
    const again = await sync(b, hub);
    expect(again.agree).toBe(true);
    expect((await hub.store.repo('organisation').get(bOrg.id))?.name).toBe('B Trust, renamed');
    // A's own quarantine names what it tried; a viewer of A's sync cannot see B's
    expect(again.quarantined).toEqual([]);
  });

  it('a record held by the wrong origin is named in the owner’s sync report, never wedges it, and the admin repairs it (audited)', async () => {
    const { hub, a, b } = await hubAndTwoRegions(cleanup);
    const bOrg = await b.store
      .repo('organisation')
      .create({ name: 'B Trust', type: 'acute' }, WRITER);
    // as a hub from before the rule would hold it: region-a's copy under B's id
    await hub.store.write((tx) =>
      hub.store
        .repo('organisation')
        .applyRemoteIn(tx, [{ ...change(1, bOrg.id, 'region-a', 5, 'Squatted') }], {
          log: true,
          now: new Date().toISOString(),
        }),
    );
    await b.store.repo('organisation').create({ name: 'B Other', type: 'community' }, WRITER);
    const report = await sync(b, hub);
    expect(report.push.applied).toBe(1);
    expect(report.quarantined.map((q) => [q.recordId, q.reason.split(':')[0]])).toEqual([
      [bOrg.id, 'owner_conflict'],
    ]);
    expect(report.agree).toBe(false);

    // only an admin of the hub repairs; a sync token or an editor may not
    const body = { entity: 'organisation', id: bOrg.id, owner: 'region-b', reason: 'squatted' };
    expect((await call(hub.url, '/api/v1/sync/repair', { token: a.syncToken, body })).status).toBe(
      403,
    );
    expect(
      (await call(hub.url, '/api/v1/sync/repair', { token: hub.tokens.editor, body })).status,
    ).toBe(403);
    const repaired = await call(hub.url, '/api/v1/sync/repair', { token: hub.tokens.admin, body });
    expect(repaired.status).toBe(200);
    expect(repaired.body).toMatchObject({
      entity: 'organisation',
      id: bOrg.id,
      from: 'region-a',
      to: 'region-b',
    });
    const repairs = await audited(hub.store, 'sync:repair');
    expect(repairs).toMatchObject([
      { recordId: bOrg.id, detail: { from: 'region-a', to: 'region-b' } },
    ]);

    // the owner's verify re-sends its record: agreeing, quarantine empty
    const { syncWithHub } = await import('@tessera/sync');
    const fixed = await syncWithHub({
      store: b.store,
      hubUrl: hub.url,
      token: b.syncToken,
      verify: true,
    });
    expect(fixed.agree).toBe(true);
    expect(fixed.quarantined).toEqual([]);
    expect((await hub.store.repo('organisation').get(bOrg.id))?.name).toBe('B Trust');
  });
});
