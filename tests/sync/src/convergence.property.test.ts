/**
 * Property: whatever the order of writes, syncs, replays, lost answers, reordered batches, hub
 * restarts and skewed clocks, once every region has synced until caught up the hub holds exactly
 * what each region holds of its own records (digest, envelopes and shared payloads), every change
 * was applied once (one hub log entry per record version, versions increasing), and every region
 * holds the hub's copy of the other regions' directory records (pull).
 *
 * Replay a failure with SYNC_SEED=<seed> (and SYNC_PATH=<path> from the failure report);
 * SYNC_RUNS sets the number of runs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { isPulled, localStatus, ownedDigest, syncWithHub, type PushBatch } from '@tessera/sync';
import {
  agrees,
  changeLogCount,
  compare,
  envelopeSet,
  holdings,
  payloadSet,
} from './harness/convergence.js';
import { Cleanup, tempDir } from './harness/files.js';
import { Hub, Region } from './harness/instances.js';
import {
  buildBatch,
  droppingFetch,
  pushRaw,
  recordingFetch,
  type Exchange,
} from './harness/requests.js';
import { Writer, prng } from './harness/writers.js';

const seed = process.env['SYNC_SEED']
  ? Number(process.env['SYNC_SEED'])
  : Math.floor(Math.random() * 2 ** 31);
const path = process.env['SYNC_PATH'];
const numRuns = Number(process.env['SYNC_RUNS'] ?? 12);

type Cmd =
  | { t: 'write'; region: number; seed: number; count: number }
  | { t: 'sync'; region: number; batch: number }
  | { t: 'replay'; region: number; pick: number }
  | { t: 'drop'; region: number; at: number; batch: number }
  | { t: 'reorder'; region: number; size: number; thenInOrder: boolean }
  | { t: 'restart' }
  | { t: 'skew'; region: number; days: number };

const region = fc.nat({ max: 2 });
const command: fc.Arbitrary<Cmd> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      t: fc.constant('write' as const),
      region,
      seed: fc.integer(),
      count: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('sync' as const),
      region,
      batch: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ t: fc.constant('replay' as const), region, pick: fc.nat() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('drop' as const),
      region,
      at: fc.integer({ min: 1, max: 3 }),
      batch: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('reorder' as const),
      region,
      size: fc.integer({ min: 1, max: 5 }),
      thenInOrder: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restart' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('skew' as const),
      region,
      days: fc.integer({ min: -400, max: 400 }),
    }),
  },
);

afterEach(() => {
  vi.useRealTimers();
});

interface RegionState {
  region: Region;
  writer: Writer;
  /** Bodies of push batches the hub has applied (answered 200, or committed with the answer lost). */
  applied: string[];
  skewDays: number;
}

/** Runs `fn` with this region's clock: Date frozen `skewDays` away from real time (ordering must never depend on it). */
async function withClock<T>(s: RegionState, fn: () => Promise<T>): Promise<T> {
  if (s.skewDays === 0) return fn();
  vi.setSystemTime(vi.getRealSystemTime() + s.skewDays * 86_400_000);
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

async function hubFacts(hub: Hub, origin: string) {
  return {
    log: await changeLogCount(hub.store),
    digest: (await ownedDigest(hub.store, origin)).digest,
  };
}

async function hubLastSeq(hub: Hub, origin: string): Promise<number> {
  const r = await hub.store.client.execute({
    sql: 'select last_seq from sync_origins where origin = ?',
    args: [origin],
  });
  return Number(r.rows[0]?.['last_seq'] ?? 0);
}

async function run(regionCount: number, cmds: Cmd[]): Promise<void> {
  const local = new Cleanup();
  try {
    const dir = tempDir(local, 'tessera-prop-');
    const hub = await Hub.start(dir, local);
    const states: RegionState[] = [];
    for (let i = 0; i < regionCount; i++) {
      const region = await Region.open(dir, `region-0${i + 1}`, hub, local);
      states.push({ region, writer: new Writer(() => region.store), applied: [], skewDays: 0 });
    }
    const captureApplied = (s: RegionState) => (log: Exchange[]) => {
      for (const x of log)
        if (x.url.endsWith('/sync/push') && x.status === 200 && x.body) s.applied.push(x.body);
    };

    for (const cmd of cmds) {
      if (cmd.t === 'restart') {
        await hub.restart();
        continue;
      }
      const s = states[cmd.region % regionCount]!;
      const { region } = s;
      switch (cmd.t) {
        case 'write': {
          const rand = prng(cmd.seed);
          await withClock(s, async () => {
            for (let i = 0; i < cmd.count; i++) await s.writer.random(rand);
          });
          break;
        }
        case 'skew':
          s.skewDays = cmd.days;
          break;
        case 'sync': {
          const log: Exchange[] = [];
          const report = await withClock(s, () =>
            syncWithHub({
              store: region.store,
              hubUrl: hub.url,
              token: region.token,
              maxChanges: cmd.batch,
              fetch: recordingFetch(log),
            }),
          );
          captureApplied(s)(log);
          // a sync that met no fault leaves nothing behind and agrees with the hub
          expect(report.agree, `${region.id}: hub and region agree after a clean sync`).toBe(true);
          expect(report.push.resets, 'no new epoch without a restore').toBe(0);
          expect((await localStatus(region.store)).backlog).toBe(0);
          break;
        }
        case 'drop': {
          // the at-th push answer to come back never arrives. With batches on their way at once,
          // that answer can be a refusal: a batch that overtook the one before it is refused as a
          // gap (409) and applied nothing, while the one before it was applied and heard of
          const log: Exchange[] = [];
          let pushes = 0;
          let lost: number | undefined;
          const fetch = droppingFetch((url, _n, status) => {
            if (!url.endsWith('/sync/push') || ++pushes !== cmd.at) return false;
            lost = status;
            return true;
          }, recordingFetch(log));
          const outcome = await withClock(s, () =>
            syncWithHub({
              store: region.store,
              hubUrl: hub.url,
              token: region.token,
              maxChanges: cmd.batch,
              fetch,
            }).then(
              () => 'ok',
              (e: Error) => e.message,
            ),
          );
          captureApplied(s)(log);
          const acked = (await localStatus(region.store)).acked;
          const hubLast = await hubLastSeq(hub, region.id);
          if (lost !== undefined && outcome !== 'ok') {
            expect(outcome).toMatch(/connection lost after the hub answered/);
            if (lost === 200) {
              // the hub applied the batch and went on; the region acknowledged only what it heard of
              expect(acked).toBeLessThan(hubLast);
            } else {
              // the lost answer refused its batch (applied nothing): the hub holds no more than the
              // answers the region heard of, and the region acknowledged all of them
              expect(lost, 'a lost refusal is a gap').toBe(409);
              expect(acked).toBe(hubLast);
            }
          } else {
            // no fault, or the answer to a later batch on its way at once proved the lost one applied
            expect(outcome).toBe('ok');
            expect(acked).toBe(hubLast);
          }
          break;
        }
        case 'replay': {
          if (s.applied.length === 0) break;
          const body = s.applied[cmd.pick % s.applied.length]!;
          const before = await hubFacts(hub, region.id);
          const answer = await pushRaw(hub.url, region.token, body);
          expect(answer.status, JSON.stringify(answer.body)).toBe(200);
          expect(answer.body['applied']).toBe(0);
          expect(answer.body['quarantined']).toEqual([]);
          expect(await hubFacts(hub, region.id)).toEqual(before);
          break;
        }
        case 'reorder': {
          const last = await hubLastSeq(hub, region.id);
          const first = await buildBatch(region.store, last + 1, cmd.size);
          const second = first && (await buildBatch(region.store, first.toSeq + 1, cmd.size));
          if (!first || !second) break;
          const before = await hubFacts(hub, region.id);
          const early = await pushRaw(hub.url, region.token, second);
          expect(early.status, JSON.stringify(early.body)).toBe(409);
          expect(early.body['expectedSeq']).toBe(last + 1);
          expect(await hubFacts(hub, region.id)).toEqual(before);
          expect(await hubLastSeq(hub, region.id)).toBe(last);
          if (cmd.thenInOrder) {
            // then in order: both apply (the region has not heard of either; its next sync must cope)
            for (const b of [first, second] as PushBatch[]) {
              const body = JSON.stringify(b);
              const answer = await pushRaw(hub.url, region.token, body);
              expect(answer.status, JSON.stringify(answer.body)).toBe(200);
              s.applied.push(body);
            }
            expect(await hubLastSeq(hub, region.id)).toBe(second.toSeq);
          }
          break;
        }
      }
    }

    // catch up: every region syncs until it agrees (twice round, so each also pulls the others' last changes)
    for (let round = 0; round < 2; round++) {
      for (const s of states) {
        let report = await syncWithHub({
          store: s.region.store,
          hubUrl: hub.url,
          token: s.region.token,
        });
        for (let i = 0; i < 3 && !report.agree; i++)
          report = await syncWithHub({
            store: s.region.store,
            hubUrl: hub.url,
            token: s.region.token,
          });
        expect(report.agree, `${s.region.id} agrees after catching up`).toBe(true);
      }
    }

    for (const s of states) {
      const c = await compare(hub.store, s.region.store);
      expect(c.hubDigest, `${s.region.id}: hub digest equals the region's`).toBe(c.localDigest);
      expect({ onlyLocal: c.onlyLocal, onlyHub: c.onlyHub }).toEqual({
        onlyLocal: [],
        onlyHub: [],
      });
      expect(c.payloadDiff, 'shared payloads equal').toEqual([]);
      expect(c.exactlyOnce, 'each change applied once').toEqual([]);
      expect(agrees(c)).toBe(true);
      // the region holds what its writer wrote (the model)
      const live = [...(await holdings(s.region.store, s.region.id))]
        .filter(([, v]) => !v.deleted)
        .map(([k]) => k.split(':').slice(1).join(':'))
        .sort();
      expect(live).toEqual([...s.writer.live.keys()].sort());
      // pull: each region holds the hub's copy of the other regions' directory records
      for (const other of states) {
        if (other === s) continue;
        const filter = {
          entities: (name: string) =>
            isPulled(s.region.store.entities.find((d) => d.name === name)!),
        };
        const atHub = await holdings(hub.store, other.region.id, filter);
        const here = await holdings(s.region.store, other.region.id, filter);
        expect(
          envelopeSet(here),
          `${s.region.id} holds ${other.region.id}'s directory records`,
        ).toEqual(envelopeSet(atHub));
        expect(payloadSet(here)).toEqual(payloadSet(atHub));
      }
    }
  } finally {
    vi.useRealTimers();
    await local.run();
  }
}

describe('convergence under replays, lost answers, reordering, restarts and clock skew', () => {
  it(
    `every region and the hub agree, each change applied once (seed ${seed})`,
    async () => {
      console.log(
        `convergence property: seed ${seed}, ${numRuns} runs (replay with SYNC_SEED=${seed})`,
      );
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 2, max: 3 }),
          fc.array(command, { minLength: 4, maxLength: 40 }),
          (n, cmds) => run(n, cmds),
        ),
        { seed, numRuns, verbose: 1, ...(path ? { path } : {}) },
      );
    },
    Math.max(170_000, numRuns * 15_000),
  );
});
