/**
 * Restores and recreations on either side: a region restored from a backup or recreated empty, the
 * hub restored from an older backup or recreated empty. After syncing, the hub and each region
 * agree record by record (envelopes and shared payloads), each change applied once at the hub, and
 * nothing the region still holds is lost.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { syncWithHub } from '@tessera/sync';
import { compare, holdings, type Comparison } from './harness/convergence.js';
import { Cleanup, checkpoint, copyDb, removeDb, tempDir } from './harness/files.js';
import { Hub, Region } from './harness/instances.js';
import { WRITER, Writer } from './harness/writers.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const sync = (hub: Hub, r: Region, verify = false) =>
  syncWithHub({
    store: r.store,
    hubUrl: hub.url,
    token: r.token,
    ...(verify ? { verify: true } : {}),
  });

function expectAgreement(c: Comparison): void {
  expect(c.hubDigest, `${c.region}: digests`).toBe(c.localDigest);
  expect({ onlyLocal: c.onlyLocal, onlyHub: c.onlyHub, payloadDiff: c.payloadDiff }).toEqual({
    onlyLocal: [],
    onlyHub: [],
    payloadDiff: [],
  });
  expect(c.exactlyOnce).toEqual([]);
  expect(c.backlog).toBe(0);
}

/** A consistent copy of a closed (or checkpointed) database. */
async function backup(file: string, to: string): Promise<void> {
  await checkpoint(file);
  copyDb(file, to);
}

async function writeSome(w: Writer, n: number, offset: number): Promise<void> {
  const kinds = ['organisation', 'participant', 'membership', 'assurance-return'] as const;
  for (let i = 0; i < n; i++)
    await w.create(kinds[(i + offset) % kinds.length]!, ((i * 37 + offset) % 100) / 100);
}

describe('a region restored or recreated', () => {
  it('(a) restored from a backup, written since: converges, losing nothing it still has', async () => {
    const dir = tempDir(cleanup);
    const hub = await Hub.start(dir, cleanup);
    const region = await Region.open(dir, 'region-a', hub, cleanup);
    const w = new Writer(() => region.store);
    await writeSome(w, 16, 0);
    expect((await sync(hub, region)).agree).toBe(true);
    for (let i = 0; i < 6; i++) await w.change(i / 6, false);
    expect((await sync(hub, region)).agree).toBe(true);

    region.close();
    await backup(region.file, join(dir, 'region-a.backup.db'));
    await region.reopen();
    const atBackup = [...w.live.keys()];
    const participantAtBackup = [...w.live].find(([, k]) => k === 'participant')![0];

    // written and synced after the backup (lost with the restore): new records, and edits of old ones
    const lostCreates: string[] = [];
    for (let i = 0; i < 8; i++)
      lostCreates.push((await w.create(i % 2 ? 'organisation' : 'participant', i / 8)).id);
    const lostEdits = atBackup.slice(0, 4);
    for (const id of lostEdits)
      await region.store
        .repo(w.live.get(id)!)
        .update(id, { ...editOf(w.live.get(id)!, 'lost') }, WRITER);
    expect((await sync(hub, region)).agree).toBe(true);
    const hubBeforeRestore = await holdings(hub.store, region.id);

    // restore the backup, then write: new records and edits of records not edited since the backup
    region.close();
    copyDb(join(dir, 'region-a.backup.db'), region.file);
    await region.reopen();
    const afterRestore: string[] = [];
    for (let i = 0; i < 5; i++)
      afterRestore.push((await w.create(i % 2 ? 'membership' : 'organisation', i / 5)).id);
    const editedAfter = atBackup.slice(6, 9);
    for (const id of editedAfter)
      await region.store
        .repo(w.live.get(id)!)
        .update(id, { ...editOf(w.live.get(id)!, 'after') }, WRITER);
    const held = await holdings(region.store, region.id);

    const report = await sync(hub, region);
    expect(report.push.resets).toBeGreaterThanOrEqual(1);
    expect(report.agree).toBe(true);
    expectAgreement(await compare(hub.store, region.store));

    // nothing the region still had is lost: each of its records is at the hub at least at its version, with its content
    const afterSync = await holdings(region.store, region.id);
    for (const [key, h] of held) {
      const now = afterSync.get(key)!;
      expect(now.version, key).toBeGreaterThanOrEqual(h.version);
      if (now.version === h.version) expect(now.payload, key).toEqual(h.payload);
    }
    for (const id of [...afterRestore, ...editedAfter])
      expect([...afterSync.keys()].some((k) => k.endsWith(id))).toBe(true);
    // what the backup lacked came back from the hub (shared fields; local fields of those never left)
    for (const id of lostCreates)
      expect(
        [...afterSync.keys()].some((k) => k.endsWith(id)),
        id,
      ).toBe(true);
    const back = await region.store.repo('participant').get(lostCreates[0]!);
    expect(back).toMatchObject({ owner: 'region-a', profession: 'nursing' });
    expect(back!['name']).toBeUndefined();
    for (const id of lostEdits) {
      const kind = w.live.get(id)!;
      expect((await region.store.repo(kind).get(id))!['version'], id).toBe(
        hubBeforeRestore.get(`${kind}:${id}`)!.version,
      );
    }
    // local fields of what the region kept are still there
    expect((await region.store.repo('participant').get(participantAtBackup))!['name']).toMatch(
      /^Zq/,
    );

    // and it goes on syncing normally
    await w.create('organisation', 0.3);
    const next = await sync(hub, region);
    expect(next.agree).toBe(true);
    expect(next.push.resets).toBe(0);
    expectAgreement(await compare(hub.store, region.store));
  });

  it('(b) recreated from scratch: gets its records back from the hub and both agree', async () => {
    const dir = tempDir(cleanup);
    const hub = await Hub.start(dir, cleanup);
    const quiet = await Region.open(dir, 'region-quiet', hub, cleanup);
    const busy = await Region.open(dir, 'region-busy', hub, cleanup);
    for (const r of [quiet, busy]) {
      const w = new Writer(() => r.store);
      await writeSome(w, 12, 1);
      for (let i = 0; i < 4; i++) await w.change(i / 4, false);
      expect((await sync(hub, r)).agree).toBe(true);
    }
    const before = {
      quiet: await holdings(hub.store, quiet.id),
      busy: await holdings(hub.store, busy.id),
    };

    for (const r of [quiet, busy]) {
      r.close();
      removeDb(r.file);
      await r.reopen();
    }
    // the quiet one writes nothing: a verifying sync takes its records back
    const q = await sync(hub, quiet, true);
    expect(q.agree).toBe(true);
    expect(await holdings(quiet.store, quiet.id)).toEqual(before.quiet);
    // the busy one writes first: its push meets the hub's mark for the old database, and it reconciles
    const w = new Writer(() => busy.store);
    await writeSome(w, 3, 2);
    const b = await sync(hub, busy);
    expect(b.push.resets).toBe(1);
    expect(b.agree).toBe(true);
    const busyHeld = await holdings(busy.store, busy.id);
    for (const [key, h] of before.busy) expect(busyHeld.get(key), key).toEqual(h);

    // records came back with shared fields only, and the region owns them again: it can edit them
    const [key] = [...before.quiet].find(([k]) => k.startsWith('participant:'))!;
    const id = key.split(':')[1]!;
    const restored = await quiet.store.repo('participant').get(id);
    expect(restored!['name']).toBeUndefined();
    await quiet.store.repo('participant').update(
      id,
      {
        band: '9',
        name: 'Zqnew Name',
        email: 'zqnew@example.org',
        sex: 'male',
        ageBand: '25_34',
        ethnicity: 'white_irish',
        disability: 'no',
        sexualOrientation: 'not_stated',
        religion: 'not_stated',
      },
      WRITER,
    );
    const again = await sync(hub, quiet);
    expect(again.agree).toBe(true);
    expect((await hub.store.repo('participant').get(id))!['band']).toBe('9');
    for (const r of [quiet, busy]) expectAgreement(await compare(hub.store, r.store));
  });
});

describe('the hub restored or recreated', () => {
  it('(c) restored from an older backup: regions send again what it lost, and all agree', async () => {
    const dir = tempDir(cleanup);
    const hub = await Hub.start(dir, cleanup);
    const a = await Region.open(dir, 'region-a', hub, cleanup);
    const b = await Region.open(dir, 'region-b', hub, cleanup);
    const wa = new Writer(() => a.store);
    const wb = new Writer(() => b.store);
    await writeSome(wa, 10, 0);
    await writeSome(wb, 10, 3);
    for (const r of [a, b]) expect((await sync(hub, r)).agree).toBe(true);

    await hub.stop();
    await backup(hub.file, join(dir, 'hub.backup.db'));
    await hub.open();
    await writeSome(wa, 7, 1);
    for (let i = 0; i < 3; i++) await wa.change(i / 3, false);
    await writeSome(wb, 5, 2);
    for (let i = 0; i < 3; i++) await wb.change(i / 3, false);
    for (const r of [a, b]) expect((await sync(hub, r)).agree).toBe(true);

    await hub.stop();
    copyDb(join(dir, 'hub.backup.db'), hub.file);
    await hub.open();
    expect((await compare(hub.store, a.store)).hubDigest).not.toBe(
      (await compare(hub.store, a.store)).localDigest,
    );

    // region-a has written since: its push meets the hub's older mark and sends again from there
    await writeSome(wa, 2, 0);
    const ra = await sync(hub, a);
    expect(ra.agree).toBe(true);
    expect(ra.push.resets).toBe(0);
    expect(ra.push.applied).toBeGreaterThanOrEqual(12);
    // region-b has nothing new to send: a verifying sync finds the difference and sends it again
    const rb = await sync(hub, b, true);
    expect(rb.agree).toBe(true);
    for (const r of [a, b]) expectAgreement(await compare(hub.store, r.store));
    // and both go on normally
    await writeSome(wb, 2, 1);
    expect((await sync(hub, b)).agree).toBe(true);
    expectAgreement(await compare(hub.store, b.store));
  });

  it('(d) recreated empty: regions send everything again, pull national data from the start, and all agree', async () => {
    const dir = tempDir(cleanup);
    const hub = await Hub.start(dir, cleanup);
    const a = await Region.open(dir, 'region-a', hub, cleanup);
    const b = await Region.open(dir, 'region-b', hub, cleanup);
    const wa = new Writer(() => a.store);
    const wb = new Writer(() => b.store);
    await writeSome(wa, 12, 0);
    await writeSome(wb, 8, 1);
    for (let i = 0; i < 3; i++) await wa.change(i / 3, false);
    const national = await hub.store
      .repo('organisation')
      .create({ name: 'Old national', type: 'national_body' }, WRITER);
    for (const r of [a, b]) expect((await sync(hub, r)).agree).toBe(true);
    expect(await a.store.repo('organisation').get(national.id)).toBeDefined();

    await hub.stop();
    removeDb(hub.file);
    await hub.open();
    for (const r of [a, b]) r.token = await hub.token('sync', r.id);
    const fresh = await hub.store
      .repo('organisation')
      .create({ name: 'New national', type: 'national_body' }, WRITER);

    await writeSome(wa, 2, 2);
    const ra = await sync(hub, a);
    expect(ra.agree).toBe(true);
    expect(ra.push.applied).toBeGreaterThanOrEqual(14);
    const rb = await sync(hub, b, true);
    expect(rb.agree).toBe(true);
    for (const r of [a, b]) {
      expectAgreement(await compare(hub.store, r.store));
      // the hub's epoch changed: the region pulled its feed from the start
      expect(await r.store.repo('organisation').get(fresh.id), r.id).toMatchObject({
        name: 'New national',
        owner: 'hub',
      });
    }
    // each region has the other's directory records again, as the new hub holds them
    expect((await sync(hub, a)).agree).toBe(true);
    const bOrgs = [...(await holdings(hub.store, b.id))].filter(([k]) =>
      k.startsWith('organisation:'),
    );
    for (const [key, h] of bOrgs) expect((await holdings(a.store, b.id)).get(key), key).toEqual(h);
  });
});

function editOf(kind: string, tag: string): Record<string, unknown> {
  switch (kind) {
    case 'organisation':
      return { name: `Edited ${tag}` };
    case 'membership':
      return { tier: tag === 'lost' ? 'partner' : 'associate', subscriptionGbp: tag.length * 1000 };
    case 'assurance-return':
      return { deliverables: [{ title: `Deliverable edited ${tag}`, rag: 'amber' }] };
    default:
      return { band: `band-${tag}` };
  }
}

describe('a restored region that edits again what it had edited before the restore', () => {
  it('keeps its own post-restore content, whatever the hub got before (versions equal or higher)', async () => {
    const dir = tempDir(cleanup);
    const hub = await Hub.start(dir, cleanup);
    const region = await Region.open(dir, 'region-e', hub, cleanup);
    const repo = () => region.store.repo('organisation');
    const a = await repo().create({ name: 'Trust A', type: 'acute' }, WRITER);
    const b = await repo().create({ name: 'Trust B', type: 'acute' }, WRITER);
    expect((await sync(hub, region)).agree).toBe(true);
    region.close();
    await backup(region.file, join(dir, 'region-e.backup.db'));
    await region.reopen();
    // after the backup: A edited once (same version as the post-restore edit will have), B twice
    await repo().update(a.id, { name: 'Lost edit of A' }, WRITER);
    await repo().update(b.id, { name: 'Lost edit of B' }, WRITER);
    await repo().update(b.id, { name: 'Lost edit of B, again' }, WRITER);
    expect((await sync(hub, region)).agree).toBe(true);
    // restore, then edit both once
    region.close();
    copyDb(join(dir, 'region-e.backup.db'), region.file);
    await region.reopen();
    await repo().update(a.id, { name: 'A after the restore' }, WRITER);
    await repo().update(b.id, { name: 'B after the restore' }, WRITER);
    const report = await sync(hub, region);
    expect(report.agree).toBe(true);
    expectAgreement(await compare(hub.store, region.store));
    expect((await hub.store.repo('organisation').get(a.id))!['name']).toBe('A after the restore');
    expect((await hub.store.repo('organisation').get(b.id))!['name']).toBe('B after the restore');
    expect((await repo().get(b.id))!['name']).toBe('B after the restore');
  });
});

describe('national data written after the hub is restored from a backup', () => {
  it('reaches a region whose pull cursor was past the restored log', async () => {
    const dir = tempDir(cleanup);
    const hub = await Hub.start(dir, cleanup);
    const region = await Region.open(dir, 'region-f', hub, cleanup);
    const national = (name: string) =>
      hub.store.repo('organisation').create({ name, type: 'acute' }, WRITER);
    await national('National one');
    expect((await sync(hub, region)).agree).toBe(true);
    await hub.stop();
    await backup(hub.file, join(dir, 'hub.backup.db'));
    await hub.restart();
    for (let i = 0; i < 5; i++) await national(`Lost national ${i}`);
    expect((await sync(hub, region)).agree).toBe(true);
    await hub.stop();
    copyDb(join(dir, 'hub.backup.db'), hub.file);
    await hub.restart();
    const fresh: string[] = [];
    for (let i = 0; i < 7; i++) fresh.push((await national(`After hub restore ${i}`)).id);
    await sync(hub, region);
    for (const id of fresh)
      expect(await region.store.repo('organisation').get(id), id).toBeDefined();
  });
});
