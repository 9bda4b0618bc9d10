/**
 * Issue 10, defect 2 ("a local editor can rewrite national and directory data"): national records
 * are written only at the hub, whatever the path (API, store as the CLI and plugins use it, sync),
 * and natural keys (ODS code, network key) are unique England-wide, locally and at the hub.
 * Across a real hub and two regions on loopback, over libSQL files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenError, newId } from '@tessera/core';
import {
  Cleanup,
  WRITER,
  audited,
  call,
  footprint,
  hubAndTwoRegions,
  startNode,
  sync,
  tempDir,
} from './_harness.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('national authority', () => {
  it('a region refuses national writes (403 national_record) on every path and duplicate ODS codes (409 naming the holder); the hub keeps the directory true', async () => {
    const { hub, a, b } = await hubAndTwoRegions(cleanup);
    // the hub's directory: King's (RJZ) and one AHSN
    const kings = await call(hub.url, '/api/v1/organisations', {
      token: hub.tokens.editor,
      body: { odsCode: 'RJZ', name: "King's College Hospital", type: 'acute' },
    });
    expect(kings.status).toBe(201);
    const kingsId = String(kings.body['id']);
    const ahsn = await call(hub.url, '/api/v1/networks', {
      token: hub.tokens.editor,
      body: { key: 'ahsn-south-london', name: 'Health Innovation Network', type: 'ahsn' },
    });
    expect(ahsn.status).toBe(201);
    for (const r of [a, b]) expect((await sync(r, hub)).agree).toBe(true);
    expect((await a.store.repo('organisation').get(kingsId))?.name).toBe("King's College Hospital");

    const before = await footprint(a.store);
    const national: [string, unknown][] = [
      ['/api/v1/networks', { key: 'fake-ahsn', name: 'Fake AHSN', type: 'ahsn' }],
      [
        '/api/v1/national-strategies',
        { key: 'fake-strategy', kind: 'improvement', title: 'A strategy of our own' },
      ],
      [
        '/api/v1/programmes',
        {
          name: 'Fake programme',
          level: 'entry',
          professions: ['nursing'],
          commissionedBy: 'Us',
          description: 'x',
        },
      ],
    ];
    for (const [path, body] of national) {
      const r = await call(a.url, path, { token: a.tokens.admin, body });
      expect(r.status, path).toBe(403);
      expect(r.body['code'], path).toBe('national_record');
      expect(String(r.body['detail'])).toMatch(/only the national hub/);
    }
    // changing or deleting the hub's records: 403 too
    const rename = await call(a.url, `/api/v1/networks/${String(ahsn.body['id'])}`, {
      method: 'PATCH',
      token: a.tokens.admin,
      body: { name: 'Renamed' },
    });
    expect(rename.status).toBe(403);
    expect(rename.body['code']).toBe('national_record');
    // the fake King's: 409 naming the record that holds RJZ
    const fake = await call(a.url, '/api/v1/organisations', {
      token: a.tokens.editor,
      body: { odsCode: 'RJZ', name: "King's", type: 'acute' },
    });
    expect(fake.status).toBe(409);
    expect(fake.body['code']).toBe('natural_key_taken');
    expect(fake.body['holder']).toMatchObject({
      entity: 'organisation',
      id: kingsId,
      owner: 'hub',
    });
    expect(String(fake.body['detail'])).toContain(kingsId);
    expect(await footprint(a.store)).toEqual(before);

    // the store refuses as the API does: the CLI, imports and plugins write through it
    await expect(
      a.store.repo('network').create({ key: 'cli-net', name: 'CLI', type: 'ahsn' }, WRITER),
    ).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof ForbiddenError && (e.data as { code?: string }).code === 'national_record',
    );
    await expect(
      a.store.repo('organisation').create({ odsCode: 'RJZ', name: 'K', type: 'acute' }, WRITER),
    ).rejects.toMatchObject({ code: 'conflict' });

    // a region adds its own partner; another region racing to the same ODS code offline is set
    // aside at the hub, named in its sync report, and its queue moves on
    const partner = await call(a.url, '/api/v1/organisations', {
      token: a.tokens.editor,
      body: { odsCode: 'PARTA1', name: 'A partner', type: 'voluntary' },
    });
    expect(partner.status).toBe(201);
    const twin = await b.store
      .repo('organisation')
      .create({ odsCode: 'PARTA1', name: 'B twin', type: 'voluntary' }, WRITER);
    expect((await sync(a, hub)).agree).toBe(true);
    const bReport = await sync(b, hub);
    expect(bReport.quarantined.map((q) => q.recordId)).toEqual([twin.id]);
    expect(bReport.quarantined[0]!.reason).toMatch(/natural_key_taken/);
    expect(bReport.quarantined[0]!.reason).toContain(String(partner.body['id']));
    await b.store
      .repo('organisation')
      .create({ odsCode: 'PARTB1', name: 'B partner', type: 'voluntary' }, WRITER);
    const again = await sync(b, hub);
    expect(again.push.applied).toBe(1);
    // the navigator's directory holds one RJZ and one PARTA1
    for (const code of ['RJZ', 'PARTA1']) {
      const list = await call(hub.url, `/api/v1/organisations?odsCode=${code}`);
      expect((list.body['items'] as unknown[]).length, code).toBe(1);
    }
    const refusals = await audited(hub.store, 'sync:refused');
    expect(
      refusals.some((r) => r.recordId === twin.id && r.detail['code'] === 'natural_key_taken'),
    ).toBe(true);
  });

  it('the hub sets aside (403, audited) national records in a push without wedging the queue', async () => {
    const c = new Cleanup();
    cleanup.add(() => c.run());
    const dir = tempDir(c);
    const hub = await startNode(dir, 'hub', c);
    const h = await startNode(dir, 'region-h', c, hub);
    const push = (fromSeq: number, changes: unknown[]) =>
      call(hub.url, '/api/v1/sync/push', {
        token: h.syncToken,
        body: {
          origin: 'region-h',
          epoch: 'hostile-epoch',
          schemaVersion: 1,
          fromSeq,
          toSeq: fromSeq + changes.length - 1,
          changes,
        },
      });
    const netId = newId('region-h');
    const orgId = newId('region-h');
    const first = await push(1, [
      {
        seq: 1,
        entity: 'network',
        id: netId,
        owner: 'region-h',
        version: 1,
        op: 'upsert',
        payload: { key: 'ahsn-fake', name: 'Fake', type: 'ahsn' },
      },
      {
        seq: 2,
        entity: 'organisation',
        id: orgId,
        owner: 'region-h',
        version: 1,
        op: 'upsert',
        payload: { name: 'H partner', type: 'voluntary' },
      },
    ]);
    expect(first.status).toBe(200);
    expect(first.body['applied']).toBe(1);
    expect(first.body['lastSeq']).toBe(2);
    const q = first.body['quarantined'] as { id: string; code: string }[];
    expect(q).toMatchObject([{ id: netId, code: 'national_record' }]);
    expect(await hub.store.repo('network').get(netId, { includeDeleted: true })).toBeUndefined();
    const refusals = await audited(hub.store, 'sync:refused');
    expect(refusals).toMatchObject([
      { entity: 'network', recordId: netId, detail: { code: 'national_record', status: 403 } },
    ]);
    expect(refusals[0]!.actor).toMatch(/^sync:region-h:/);
    // the queue moves on: the next sequence applies
    const next = await push(3, [
      {
        seq: 3,
        entity: 'organisation',
        id: orgId,
        owner: 'region-h',
        version: 2,
        op: 'upsert',
        payload: { name: 'H partner, renamed', type: 'voluntary' },
      },
    ]);
    expect(next.status).toBe(200);
    expect(next.body['applied']).toBe(1);
  });
});
