/**
 * Power cuts at each fault point, with real processes: the hub is `tessera serve`, the sync is
 * `tessera sync`, and the one started with TESSERA_FAULT kills itself with SIGKILL at that point
 * (after TESSERA_FAULT_AFTER passes). What died is restarted, a sync without fault runs, and the hub
 * and the region must agree, each change applied once.
 */
import { describe, it, type ExpectStatic, type TestContext } from 'vitest';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { newId } from '@tessera/core';
import { Store, TokenRepository } from '@tessera/store';
import { readSyncState } from '@tessera/sync';
import { agrees, compare } from './harness/convergence.js';
import { Cleanup, fileUrl, tempDir } from './harness/files.js';
import { HubProcess, runTessera } from './harness/processes.js';
import {
  WRITER,
  createInput,
  holdNetwork,
  organisationFor,
  updatePatch,
  type Kind,
} from './harness/writers.js';

const REGION = 'region-crash';
/** Over two full batches (500 changes each), so a fault after the first pass lands mid-queue. */
const CREATES = 1052;
const UPDATES = 60;

async function hubMark(file: string): Promise<number> {
  const c = createClient({ url: fileUrl(file) });
  try {
    const r = await c.execute({
      sql: 'select last_seq from sync_origins where origin = ?',
      args: [REGION],
    });
    return Number(r.rows[0]?.['last_seq'] ?? 0);
  } finally {
    c.close();
  }
}

/**
 * Each test cleans up after itself (they run concurrently: most of their time is process start-up),
 * through its own context: the global `onTestFinished` may bind to another test running at once.
 */
async function setup(onTestFinished: TestContext['onTestFinished']) {
  const cleanup = new Cleanup();
  onTestFinished(() => cleanup.run());
  const dir = tempDir(cleanup, 'tessera-crash-');
  const hubFile = join(dir, 'hub.db');
  const regionFile = join(dir, 'region.db');
  // the hub's database and the region's sync token, made before the hub process starts
  const hubStore = await Store.open({ url: fileUrl(hubFile), instance: 'hub' });
  const token = (await new TokenRepository(hubStore).create({ role: 'sync', instance: REGION }))
    .token;
  hubStore.close();
  // the region writes its records (in bulk transactions: the outbox is what matters), then updates some one by one
  const region = await Store.open({ url: fileUrl(regionFile), instance: REGION });
  const kinds: Kind[] = ['organisation', 'membership', 'assurance-return', 'participant'];
  const ids: { id: string; kind: Kind }[] = [];
  // the network the records belong to, as pulled, and an organisation of the region's they name
  await holdNetwork(region);
  const org = await organisationFor(region, 'membership', 0);
  await region.write(async (tx) => {
    for (const kind of kinds) {
      const items = Array.from({ length: CREATES / kinds.length }, (_, i) => ({
        id: newId(REGION),
        fields: createInput(kind, i, (i % 7) / 7, org),
      }));
      await region.repo(kind).upsertManyIn(tx, items, WRITER, REGION);
      ids.push(...items.map((it) => ({ id: it.id, kind })));
    }
  });
  for (let i = 0; i < UPDATES; i++) {
    const { id, kind } = ids[(i * 17) % ids.length]!;
    await region.repo(kind).update(id, updatePatch(kind, i, (i % 5) / 5), WRITER);
  }
  region.close();
  const hub = new HubProcess(hubFile);
  cleanup.add(() => hub.stop());
  return { dir, hubFile, regionFile, token, hub };
}

async function assertConverged(expect: ExpectStatic, hubFile: string, regionFile: string) {
  const hubStore = await Store.open({ url: fileUrl(hubFile) });
  const region = await Store.open({ url: fileUrl(regionFile) });
  try {
    const c = await compare(hubStore, region);
    expect(c.hubDigest).toBe(c.localDigest);
    expect({ onlyLocal: c.onlyLocal, onlyHub: c.onlyHub, payloadDiff: c.payloadDiff }).toEqual({
      onlyLocal: [],
      onlyHub: [],
      payloadDiff: [],
    });
    expect(c.exactlyOnce).toEqual([]);
    expect(c.backlog).toBe(0);
    expect(agrees(c)).toBe(true);
    const live = await region.repo('organisation').count();
    expect(await hubStore.repo('organisation').count({ owner: REGION })).toBe(live);
  } finally {
    hubStore.close();
    region.close();
  }
}

/**
 * Batches of 500 (not the default), so the log spans three batches and a fault lands mid-queue; one
 * batch on its way at a time (`inFlight` 1), so the fault lands at a known batch.
 */
const syncArgs = (url: string, regionFile: string, token: string, inFlight = 1) => [
  'sync',
  '--db',
  fileUrl(regionFile),
  '--hub',
  url,
  '--token',
  token,
  '--batch',
  '500',
  '--in-flight',
  String(inFlight),
];

/** The sync after a crash, without a fault: it must succeed and find the hub and the region agreeing. Returns its output. */
async function syncAgain(
  expect: ExpectStatic,
  url: string,
  regionFile: string,
  token: string,
  inFlight = 1,
): Promise<string> {
  const again = await runTessera(syncArgs(url, regionFile, token, inFlight));
  expect(again.code, again.out + again.err).toBe(0);
  expect(again.out).toContain('in sync: the hub and this instance agree');
  return again.out;
}

describe.concurrent('a crash at each fault point, then a sync, converges', () => {
  for (const point of ['push:before-send', 'push:after-answer'] as const) {
    it(`the sync process dies at ${point}`, async ({ expect, onTestFinished }) => {
      const { hubFile, regionFile, token, hub } = await setup(onTestFinished);
      await hub.start();
      const crashed = await runTessera(syncArgs(hub.url, regionFile, token), {
        TESSERA_FAULT: point,
        TESSERA_FAULT_AFTER: '1',
      });
      expect(crashed.signal, crashed.err).toBe('SIGKILL');

      // where the crash left things: the region acknowledged only the first batch
      const region = await Store.open({ url: fileUrl(regionFile) });
      const acked = (await readSyncState(region)).acked;
      region.close();
      expect(acked).toBe(500);
      // before-send: the second batch never left; after-answer: the hub applied it, the region never recorded that
      expect(await hubMark(hubFile)).toBe(point === 'push:before-send' ? 500 : 1000);

      const again = await syncAgain(expect, hub.url, regionFile, token);
      // after-answer: the second batch came again and was ignored, not applied twice
      expect(Number(/(\d+) already there/.exec(again)?.[1])).toBe(
        point === 'push:before-send' ? 0 : 500,
      );
      await hub.stop();
      await assertConverged(expect, hubFile, regionFile);
    });
  }

  it('the hub process dies at hub:after-commit', async ({ expect, onTestFinished }) => {
    const { hubFile, regionFile, token, hub } = await setup(onTestFinished);
    await hub.start({ TESSERA_FAULT: 'hub:after-commit', TESSERA_FAULT_AFTER: '1' });
    const url = hub.url;
    const failed = await runTessera(syncArgs(url, regionFile, token));
    expect(failed.code, failed.out + failed.err).not.toBe(0);
    expect(failed.err).toMatch(/cannot reach the hub|fetch failed|other side closed/);
    const died = await hub.exited;
    expect(died.signal).toBe('SIGKILL');

    // the hub committed the second batch before it died; the region heard only of the first
    expect(await hubMark(hubFile)).toBe(1000);
    const region = await Store.open({ url: fileUrl(regionFile) });
    expect((await readSyncState(region)).acked).toBe(500);
    region.close();

    await hub.stop();
    await hub.start({}, Number(new URL(url).port));
    const again = await syncAgain(expect, hub.url, regionFile, token);
    // the second batch came again and was ignored, not applied twice
    expect(Number(/(\d+) already there/.exec(again)?.[1])).toBeGreaterThanOrEqual(500);
    await hub.stop();
    await assertConverged(expect, hubFile, regionFile);
  });
});

describe.concurrent('with two batches on their way at once (the default), a crash at each fault point converges', () => {
  for (const point of ['push:before-send', 'push:after-answer'] as const) {
    it(`the sync process dies at ${point}`, async ({ expect, onTestFinished }) => {
      const { hubFile, regionFile, token, hub } = await setup(onTestFinished);
      await hub.start();
      const crashed = await runTessera(syncArgs(hub.url, regionFile, token, 2), {
        TESSERA_FAULT: point,
        TESSERA_FAULT_AFTER: '1',
      });
      expect(crashed.signal, crashed.err).toBe('SIGKILL');
      // the batch after the first may or may not have reached the hub: the hub is never behind the region's mark
      const region = await Store.open({ url: fileUrl(regionFile) });
      const acked = (await readSyncState(region)).acked;
      region.close();
      expect(await hubMark(hubFile)).toBeGreaterThanOrEqual(acked);

      await syncAgain(expect, hub.url, regionFile, token, 2);
      await hub.stop();
      await assertConverged(expect, hubFile, regionFile);
    });
  }

  it('the hub process dies at hub:after-commit', async ({ expect, onTestFinished }) => {
    const { hubFile, regionFile, token, hub } = await setup(onTestFinished);
    await hub.start({ TESSERA_FAULT: 'hub:after-commit', TESSERA_FAULT_AFTER: '1' });
    const url = hub.url;
    const failed = await runTessera(syncArgs(url, regionFile, token, 2));
    expect(failed.code, failed.out + failed.err).not.toBe(0);
    expect((await hub.exited).signal).toBe('SIGKILL');
    // the hub committed the second batch before it died, whatever the region heard
    expect(await hubMark(hubFile)).toBeGreaterThanOrEqual(1000);

    await hub.stop();
    await hub.start({}, Number(new URL(url).port));
    await syncAgain(expect, hub.url, regionFile, token, 2);
    await hub.stop();
    await assertConverged(expect, hubFile, regionFile);
  });
});
