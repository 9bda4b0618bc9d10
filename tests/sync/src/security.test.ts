/**
 * The hub's guard on push: a region writes only its own records, a token speaks only for its own
 * instance, nothing personal is accepted, and after a real sync no personal value is anywhere in
 * the hub's database file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startInstance, type RunningInstance } from '@tessera/cli';
import { ForbiddenError } from '@tessera/core';
import { TokenRepository } from '@tessera/store';
import { syncWithHub, type PushBatch } from '@tessera/sync';
import { changeLogCount, compare, agrees } from './harness/convergence.js';
import { Cleanup, dumpDatabase, fileUrl, tempDir } from './harness/files.js';
import { Hub, Region } from './harness/instances.js';
import { buildBatch, pushRaw, request } from './harness/requests.js';
import { WRITER } from './harness/writers.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

async function refusals(
  hub: Hub,
): Promise<{ recordId: string | null; actor: string; detail: unknown }[]> {
  const r = await hub.store.client.execute(
    "select record_id, actor, detail from audit_log where action = 'sync:refused' order by id",
  );
  return r.rows.map((row) => ({
    recordId: row['record_id'] as string | null,
    actor: String(row['actor']),
    detail: JSON.parse(String(row['detail'])) as unknown,
  }));
}

async function originRow(hub: Hub, origin: string) {
  const r = await hub.store.client.execute({
    sql: 'select epoch, last_seq, last_change_key from sync_origins where origin = ?',
    args: [origin],
  });
  return r.rows[0]
    ? {
        epoch: r.rows[0]['epoch'],
        lastSeq: r.rows[0]['last_seq'],
        lastChangeKey: r.rows[0]['last_change_key'],
      }
    : null;
}

/** Two regions; B has written an organisation and synced it, A has pulled it. */
async function twoRegions() {
  const dir = tempDir(cleanup);
  const hub = await Hub.start(dir, cleanup);
  const a = await Region.open(dir, 'region-a', hub, cleanup);
  const b = await Region.open(dir, 'region-b', hub, cleanup);
  const bOrg = await b.store
    .repo('organisation')
    .create({ name: 'B Trust', type: 'acute' }, WRITER);
  expect((await syncWithHub({ store: b.store, hubUrl: hub.url, token: b.token })).agree).toBe(true);
  await syncWithHub({ store: a.store, hubUrl: hub.url, token: a.token });
  return { dir, hub, a, b, bOrg };
}

const change = (
  seq: number,
  over: Partial<PushBatch['changes'][number]> & { id: string; owner: string },
) => ({
  seq,
  entity: 'organisation',
  version: 1,
  op: 'upsert' as const,
  payload: { name: `Org ${seq}`, type: 'acute' },
  ...over,
});

describe("a region cannot write another region's records", () => {
  it('refuses (403) a change owned by another region, and one taking over a record the hub holds for another region; nothing is written', async () => {
    const { hub, a, b, bOrg } = await twoRegions();
    const aEpoch = a.store.epoch;
    const before = {
      log: await changeLogCount(hub.store),
      b: await originRow(hub, 'region-b'),
      bRecord: await hub.store.repo('organisation').get(bOrg.id),
    };

    // 1. a change that says it is region-b's record
    const forged = await pushRaw(hub.url, a.token, {
      origin: 'region-a',
      epoch: aEpoch,
      schemaVersion: 1,
      fromSeq: 1,
      toSeq: 1,
      changes: [change(1, { id: '01900000-0000-7000-8000-00000000000a', owner: 'region-b' })],
    });
    expect(forged.status).toBe(403);
    expect(String(forged.body['detail'])).toMatch(/owned by "region-b"/);

    // 2. a third region's own-made change on the id of region-b's record (an owner takeover),
    // after a change under an id it did not mint: both set aside (quarantined, audited), the
    // batch's sequence advances, region-b's record is untouched (issue 10: no region blocks another)
    const cToken = await hub.token('sync', 'region-c');
    const takeover = await pushRaw(hub.url, cToken, {
      origin: 'region-c',
      epoch: 'c-epoch',
      schemaVersion: 1,
      fromSeq: 1,
      toSeq: 2,
      changes: [
        change(1, { id: '01900000-0000-7000-8000-00000000000b', owner: 'region-c' }),
        change(2, {
          id: bOrg.id,
          owner: 'region-c',
          version: 7,
          payload: { name: 'Taken over', type: 'acute' },
        }),
      ],
    });
    expect(takeover.status).toBe(200);
    expect(takeover.body['quarantined']).toMatchObject([
      { seq: 1, code: 'foreign_id' },
      { seq: 2, id: bOrg.id, code: 'owner_conflict' },
    ]);

    // 3. a tombstone for region-b's record
    const kill = await pushRaw(hub.url, cToken, {
      origin: 'region-c',
      epoch: 'c-epoch',
      schemaVersion: 1,
      fromSeq: 3,
      toSeq: 3,
      changes: [
        change(3, { id: bOrg.id, owner: 'region-c', version: 8, op: 'delete', payload: null }),
      ],
    });
    expect(kill.status).toBe(200);
    expect(kill.body['quarantined']).toMatchObject([{ id: bOrg.id, code: 'owner_conflict' }]);

    // nothing was written: no mark for region-a, region-b's record as it was, no squatted id
    expect(await changeLogCount(hub.store)).toBe(before.log);
    expect(await originRow(hub, 'region-a')).toBeNull();
    expect(await originRow(hub, 'region-b')).toEqual(before.b);
    expect(await hub.store.repo('organisation').get(bOrg.id)).toEqual(before.bRecord);
    expect(
      await hub.store
        .repo('organisation')
        .get('01900000-0000-7000-8000-00000000000b', { includeDeleted: true }),
    ).toBeUndefined();
    // each refusal is audited, naming the token that tried
    const audited = await refusals(hub);
    expect(audited).toHaveLength(4);
    expect(audited[0]!.actor).toMatch(/^sync:region-a:/);
    for (const r of audited.slice(1)) expect(r.actor).toMatch(/^sync:region-c:/);

    // the region's own single-writer check refuses the edit locally too
    await expect(
      a.store.repo('organisation').update(bOrg.id, { name: 'Mine now' }, WRITER),
    ).rejects.toBeInstanceOf(ForbiddenError);

    // and region-a's real queue is untouched by all this: it syncs normally
    await a.store.repo('organisation').create({ name: 'A Trust', type: 'community' }, WRITER);
    const report = await syncWithHub({ store: a.store, hubUrl: hub.url, token: a.token });
    expect(report.agree).toBe(true);
    expect(report.push.applied).toBe(1);
    expect(agrees(await compare(hub.store, a.store))).toBe(true);
    expect(agrees(await compare(hub.store, b.store))).toBe(true);
  });

  it("refuses (403) region-a's token pushing as region-b, a non-sync token, and answers 401 without a valid token", async () => {
    const { hub, a, b } = await twoRegions();
    await b.store.repo('organisation').create({ name: 'B Two', type: 'acute' }, WRITER);
    const batch = (await buildBatch(b.store, 2))!;
    expect(batch.changes).toHaveLength(1);
    const before = { log: await changeLogCount(hub.store), b: await originRow(hub, 'region-b') };

    const asB = await pushRaw(hub.url, a.token, batch);
    expect(asB.status).toBe(403);
    expect(String(asB.body['detail'])).toMatch(/speaks for instance "region-a", not "region-b"/);
    const editor = await hub.token('editor');
    expect((await pushRaw(hub.url, editor, batch)).status).toBe(403);
    expect((await request(`${hub.url}/api/v1/sync/push`, { body: batch })).status).toBe(401);
    expect((await pushRaw(hub.url, 'tsr_not-a-real-token', batch)).status).toBe(401);
    // reading another origin's records for reconciliation is refused too
    expect(
      (await request(`${hub.url}/api/v1/sync/records?owner=region-b`, { token: a.token })).status,
    ).toBe(403);

    expect(await changeLogCount(hub.store)).toBe(before.log);
    expect(await originRow(hub, 'region-b')).toEqual(before.b);
    const audited = await refusals(hub);
    expect(
      audited.some(
        (r) =>
          r.actor.startsWith('sync:region-a:') &&
          JSON.stringify(r.detail).includes('not \\"region-b\\"'),
      ),
    ).toBe(true);

    // region-b's own token pushes the same batch
    const own = await pushRaw(hub.url, b.token, batch);
    expect(own.status).toBe(200);
    expect(own.body['applied']).toBe(1);
  });
});

describe('nothing personal reaches the hub', () => {
  it('refuses (400) a payload carrying a local field, naming it, and writes nothing', async () => {
    const { hub, a } = await twoRegions();
    const before = await changeLogCount(hub.store);
    const valid = change(1, { id: '01900000-0000-7000-8000-0000000000c1', owner: 'region-a' });
    const leaking = {
      seq: 2,
      entity: 'participant',
      id: '01900000-0000-7000-8000-0000000000c2',
      owner: 'region-a',
      version: 1,
      op: 'upsert' as const,
      payload: {
        organisationId: 'org-1',
        profession: 'nursing',
        band: '7',
        name: 'Zqleak Person',
        ethnicity: 'other_arab',
      },
    };
    const answer = await pushRaw(hub.url, a.token, {
      origin: 'region-a',
      epoch: a.store.epoch,
      schemaVersion: 1,
      fromSeq: 1,
      toSeq: 2,
      changes: [valid, leaking],
    });
    expect(answer.status).toBe(400);
    expect(String(answer.body['detail'])).toMatch(/personal fields.*name, ethnicity/);
    const paths = (answer.body['errors'] as { path: (string | number)[] }[]).map((e) =>
      e.path.join('.'),
    );
    expect(paths).toEqual(['changes.1.payload.name', 'changes.1.payload.ethnicity']);
    // the value never echoes back, and nothing was written (not even the valid change)
    expect(JSON.stringify(answer.body)).not.toContain('Zqleak');
    expect(await changeLogCount(hub.store)).toBe(before);
    expect(await originRow(hub, 'region-a')).toBeNull();
    expect(await hub.store.repo('organisation').get(valid.id)).toBeUndefined();
    expect((await refusals(hub)).length).toBe(1);
  });

  it('after a real sync of participants written over the API, no personal value is anywhere in the hub database file', async () => {
    const dir = tempDir(cleanup);
    const hub = await Hub.start(dir, cleanup);
    const local: RunningInstance = await startInstance(
      {
        db: fileUrl(join(dir, 'ldp.db')),
        port: 0,
        host: '127.0.0.1',
        instance: 'ldp-london',
        role: 'local',
      },
      () => {},
    );
    cleanup.add(() => local.close());
    const sync = await hub.token('sync', 'ldp-london');
    const editor = (await new TokenRepository(local.store).create({ role: 'editor' })).token;
    const api = (method: string, path: string, body?: unknown) =>
      request(`${local.url}/api/v1/${path}`, {
        method,
        token: editor,
        ...(body !== undefined ? { body } : {}),
      });

    // distinctive values, so a hit anywhere in the hub's file means a leak
    const secrets = [
      'Zqada Lovelace',
      'zqada@example.org',
      'Zqmary Seacole',
      'zqmary@example.org',
      'Zqrenamed Person',
      'zqrenamed@example.org',
    ];
    const characteristics = {
      sex: 'female',
      ageBand: '55_64',
      ethnicity: 'white_gypsy_or_irish_traveller',
      disability: 'yes',
      sexualOrientation: 'bisexual',
      religion: 'sikh',
    };
    const org = await api('POST', 'organisations', { name: 'London Trust', type: 'acute' });
    expect(org.status).toBe(201);
    const ada = await api('POST', 'participants', {
      name: secrets[0],
      email: secrets[1],
      organisationId: org.body['id'],
      profession: 'nursing',
      band: '8a',
      ...characteristics,
    });
    const mary = await api('POST', 'participants', {
      name: secrets[2],
      email: secrets[3],
      organisationId: org.body['id'],
      profession: 'medical',
      band: 'consultant',
      ...characteristics,
      ethnicity: 'mixed_white_and_black_african',
    });
    expect([ada.status, mary.status]).toEqual([201, 201]);
    // a refused push carrying a personal value first: the refusal must not store it either
    expect(
      (
        await pushRaw(hub.url, sync, {
          origin: 'ldp-london',
          epoch: local.store.epoch,
          schemaVersion: 1,
          fromSeq: 1,
          toSeq: 1,
          changes: [
            {
              seq: 1,
              entity: 'participant',
              id: String(ada.body['id']),
              owner: 'ldp-london',
              version: 1,
              op: 'upsert',
              payload: { organisationId: 'x', profession: 'p', band: '7', email: secrets[1] },
            },
          ],
        })
      ).status,
    ).toBe(400);
    const first = await syncWithHub({ store: local.store, hubUrl: hub.url, token: sync });
    expect(first.agree).toBe(true);
    // a change of only local fields still makes a version that travels (without them)
    expect(
      (
        await api('PATCH', `participants/${String(ada.body['id'])}`, {
          name: secrets[4],
          email: secrets[5],
          religion: 'jewish',
        })
      ).status,
    ).toBe(200);
    expect(
      (await api('PATCH', `participants/${String(mary.body['id'])}`, { band: 'VSM' })).status,
    ).toBe(200);
    const second = await syncWithHub({ store: local.store, hubUrl: hub.url, token: sync });
    expect(second.agree).toBe(true);
    expect(second.push.applied).toBe(2);
    expect(agrees(await compare(hub.store, local.store))).toBe(true);

    // the hub holds the participants, with their shared fields
    const atHub = await hub.store.repo('participant').get(String(mary.body['id']));
    expect(atHub).toMatchObject({
      owner: 'ldp-london',
      version: 2,
      band: 'VSM',
      profession: 'medical',
    });
    expect(atHub!['name']).toBeUndefined();

    await hub.stop();
    const dump = await dumpDatabase(hub.file);
    expect(dump).toContain(String(ada.body['id']));
    for (const s of [
      ...secrets,
      'white_gypsy_or_irish_traveller',
      'mixed_white_and_black_african',
      'bisexual',
      'sikh',
      'jewish',
      '55_64',
    ]) {
      expect(dump.includes(s), `"${s}" must not be in the hub's database`).toBe(false);
    }
    // the local instance keeps them, of course
    expect(await dumpDatabase(join(dir, 'ldp.db'))).toContain(secrets[4]);
  });
});
