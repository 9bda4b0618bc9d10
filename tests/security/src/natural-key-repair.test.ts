/**
 * Issue 10 retest, finding 1 ("natural-key squatting blocks another region and the hub's
 * directory"): a region that takes, under an id of its own, an ODS code another region or the
 * national directory holds by right blocks nobody for good. The hub's admin removes the squatting
 * record with an audited repair; the rightful region's `sync --verify` then applies what was set
 * aside, the squatter learns the removal by pull (its own sync never wedges), and the national
 * import takes the code. Across a real hub and two regions on loopback, over libSQL files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { naturalId } from '@tessera/core';
import { localStatus, syncWithHub } from '@tessera/sync';
import {
  Cleanup,
  WRITER,
  audited,
  call,
  hubAndTwoRegions,
  sync,
  type Instance,
} from './_harness.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const verify = (region: Instance, hub: Instance) =>
  syncWithHub({ store: region.store, hubUrl: hub.url, token: region.syncToken, verify: true });

const repair = (hub: Instance, body: unknown, token = hub.tokens.admin) =>
  call(hub.url, '/api/v1/sync/repair', { token, body });

describe('natural-key squatting is repaired, not permanent', () => {
  it('a region squatting another region’s ODS code is removed by the hub admin; both regions then verify in sync', async () => {
    const { hub, a, b } = await hubAndTwoRegions(cleanup);
    const orgs = (r: Instance) => r.store.repo('organisation');
    // B's partner, not synced yet; A takes its ODS code under an id of its own, and syncs first
    const bOrg = await orgs(b).create({ odsCode: 'RX1', name: 'B Partner', type: 'acute' }, WRITER);
    const aOrg = await orgs(a).create({ odsCode: 'RX1', name: 'Squatted', type: 'acute' }, WRITER);
    expect((await sync(a, hub)).agree).toBe(true);
    const blocked = await sync(b, hub);
    expect(blocked.agree).toBe(false);
    expect(blocked.quarantined.map((q) => [q.recordId, q.reason])).toEqual([
      [bOrg.id, expect.stringMatching(/^natural_key_taken: .*region-a/)],
    ]);
    expect((await localStatus(b.store)).quarantined).toBe(1);

    // the wrong repair (the phantom of the probe): A's id handed to B is refused, nothing changes
    const phantom = await repair(hub, { entity: 'organisation', id: aOrg.id, owner: 'region-b' });
    expect(phantom.status).toBe(400);
    expect(JSON.stringify(phantom.body)).toMatch(/not minted by region-b/);
    expect((await orgs(hub).get(aOrg.id))?.owner).toBe('region-a');

    // the admin removes A's record: audited, naming the key it frees
    const removed = await repair(hub, {
      entity: 'organisation',
      id: aOrg.id,
      action: 'remove',
      reason: 'RX1 is region-b’s partner',
    });
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ from: 'region-a', removed: true, version: 2 });
    expect(await audited(hub.store, 'sync:repair')).toMatchObject([
      {
        recordId: aOrg.id,
        detail: { action: 'remove', owner: 'region-a', freed: { odsCode: 'RX1' } },
      },
    ]);
    // a second removal: 409, not a second tombstone
    expect(
      (await repair(hub, { entity: 'organisation', id: aOrg.id, action: 'remove' })).status,
    ).toBe(409);

    // B's next verify applies what was set aside: agreeing, nothing in quarantine
    const fixed = await verify(b, hub);
    expect(fixed.quarantined).toEqual([]);
    expect(fixed.agree).toBe(true);
    expect((await localStatus(b.store)).quarantined).toBe(0);
    expect(await orgs(hub).get(bOrg.id)).toMatchObject({ owner: 'region-b', odsCode: 'RX1' });
    const status = await call(hub.url, '/api/v1/sync/status', { token: hub.tokens.viewer });
    const origins = status.body['origins'] as { origin: string; quarantined: number }[];
    expect(origins.map((o) => [o.origin, o.quarantined])).toEqual([
      ['region-a', 0],
      ['region-b', 0],
    ]);

    // A's own sync never wedges: it pulls the tombstone of its record, then B's partner
    const partner = await orgs(a).create(
      { odsCode: 'RA2', name: 'A Partner', type: 'acute' },
      WRITER,
    );
    const learnt = await sync(a, hub);
    expect(learnt.push.applied).toBe(1);
    expect(learnt.quarantined).toEqual([]);
    expect(learnt.agree).toBe(true);
    expect((await orgs(a).get(aOrg.id, { includeDeleted: true }))?.deleted).toBe(true);
    expect(await orgs(a).get(bOrg.id)).toMatchObject({ owner: 'region-b', odsCode: 'RX1' });
    expect((await orgs(hub).get(partner.id))?.owner).toBe('region-a');
    expect((await verify(a, hub)).agree).toBe(true);
    expect((await verify(b, hub)).agree).toBe(true);
  });

  it('a squatter that edits the removed record before it learns of the removal takes it on its next verify', async () => {
    const { hub, a, b } = await hubAndTwoRegions(cleanup);
    const orgs = (r: Instance) => r.store.repo('organisation');
    const aOrg = await orgs(a).create({ odsCode: 'RX3', name: 'Squatted', type: 'acute' }, WRITER);
    expect((await sync(a, hub)).agree).toBe(true);
    const body = { entity: 'organisation', id: aOrg.id, action: 'remove' };
    expect((await repair(hub, body)).status).toBe(200);
    // edited here at the tombstone's version: the hub ignores it as not newer
    await orgs(a).update(aOrg.id, { name: 'Edited meanwhile' }, WRITER);
    const late = await sync(a, hub);
    expect(late.quarantined).toEqual([]);
    expect(late.agree).toBe(false);
    // the verify takes the removal (one version up, sent back): agreeing, the key free for B
    const fixed = await verify(a, hub);
    expect(fixed.agree).toBe(true);
    expect((await orgs(a).get(aOrg.id, { includeDeleted: true }))?.deleted).toBe(true);
    const bOrg = await orgs(b).create({ odsCode: 'RX3', name: 'B Partner', type: 'acute' }, WRITER);
    expect((await sync(b, hub)).agree).toBe(true);
    expect((await sync(a, hub)).agree).toBe(true);
    expect((await orgs(a).get(bOrg.id))?.name).toBe('B Partner');
  });

  it('a region squatting a national ODS code yields to the hub’s directory once the admin removes it', async () => {
    const { hub, a, b } = await hubAndTwoRegions(cleanup);
    const squat = await a.store
      .repo('organisation')
      .create({ odsCode: 'A81001', name: 'Not the practice', type: 'primary_care' }, WRITER);
    expect((await sync(a, hub)).agree).toBe(true);
    const csv = 'odsCode,name,type\nA81001,THE DENSHAM SURGERY,primary_care\n';
    const importCsv = () =>
      fetch(`${hub.url}/api/v1/organisations/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${hub.tokens.admin}`, 'content-type': 'text/csv' },
        body: csv,
      });
    // the directory is blocked and says by whom; so is the admin's own create (409 naming it)
    const refused = await importCsv();
    expect(refused.status).toBe(400);
    const problem = await refused.text();
    expect(problem).toMatch(/region-a/);
    expect(problem).toContain('/api/v1/sync/repair');
    const direct = await call(hub.url, '/api/v1/organisations', {
      token: hub.tokens.admin,
      body: { odsCode: 'A81001', name: 'THE DENSHAM SURGERY', type: 'primary_care' },
    });
    expect(direct.status).toBe(409);
    expect(JSON.stringify(direct.body)).toContain(squat.id);

    const removed = await repair(hub, {
      entity: 'organisation',
      id: squat.id,
      action: 'remove',
      reason: 'A81001 is in the national ODS directory',
    });
    expect(removed.status).toBe(200);
    const imported = await importCsv();
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ created: 1 });
    const national = naturalId('organisation', 'A81001');
    expect(await hub.store.repo('organisation').get(national)).toMatchObject({
      owner: 'hub',
      odsCode: 'A81001',
    });
    // both regions end with the national record, the squatter's copy a tombstone
    for (const r of [a, b]) {
      const report = await sync(r, hub);
      expect(report.agree, r.id).toBe(true);
      expect(report.quarantined).toEqual([]);
      expect((await r.store.repo('organisation').get(national))?.name).toBe('THE DENSHAM SURGERY');
    }
    expect(
      (await a.store.repo('organisation').get(squat.id, { includeDeleted: true }))?.deleted,
    ).toBe(true);
  });
});
