import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ValidationError } from '@tessera/core';
import type { Store } from '@tessera/store';
import type { PushBatch, SyncChange } from '../protocol.js';
import { storeLookup } from './apply-push.js';
import { screenPush, type ScreenedPush } from './screen-push.js';
import { fromWire, type ScreenAnswer, type ScreenJob } from './screen-wire.js';

/** Bodies smaller than this are screened on the main thread: the round trip would cost more than it saves. */
export const OFF_THREAD_MIN_BYTES = 32 * 1024;

const utf8 = new TextDecoder();

/** The body as JSON (400 if it is not). */
function parse(raw: string | Uint8Array): unknown {
  try {
    return JSON.parse(typeof raw === 'string' ? raw : utf8.decode(raw));
  } catch {
    throw malformed();
  }
}

const malformed = () =>
  new ValidationError('The request body is not valid JSON', [
    { path: [], message: 'malformed JSON' },
  ]);

/**
 * Screens push bodies (`screenPush`: JSON, shape, token, owners, versions, personal fields,
 * payloads) on a worker thread, so that the hub's main thread applies one batch while the next
 * is checked: the checks are about a third of the hub's work per change. The main thread parses
 * the same text itself (a parsed batch costs more to copy between threads than to parse again)
 * and uses it once the worker has passed it. If the worker cannot run or fails, screening runs on
 * the main thread, with the same outcome.
 */
export class PushScreener {
  #worker: Worker | null = null;
  #broken = false;
  #next = 0;
  readonly #pending = new Map<number, (a: ScreenAnswer) => void>();
  readonly #minBytes: number;
  /** Jobs the worker answered (for tests and status). */
  screenedOffThread = 0;
  /** Why the worker stopped, if it did (screening then runs on the main thread). */
  failure: string | null = null;

  /** `minBytes`: bodies smaller than this are screened on the main thread (default `OFF_THREAD_MIN_BYTES`). */
  constructor(options: { minBytes?: number } = {}) {
    this.#minBytes = options.minBytes ?? OFF_THREAD_MIN_BYTES;
  }

  /** Starts the worker now (a hub does at start-up, so that the first push does not wait for it). */
  warm(): this {
    this.#start();
    return this;
  }

  /**
   * Screens a push body for `store`'s hub. Throws the same domain errors as `screenPush`. Bytes
   * (as read from the request) reach the worker as a transferred copy; text is copied as a string.
   */
  async screen(
    raw: string | Uint8Array,
    instance: string | null,
    store: Store,
  ): Promise<ScreenedPush> {
    const worker = raw.length >= this.#minBytes ? this.#start() : null;
    let answer: Promise<ScreenAnswer> | null = null;
    if (worker) {
      const job = { id: ++this.#next, instance, entities: store.syncEntities.map((e) => e.name) };
      if (typeof raw === 'string') answer = this.#post(worker, { ...job, text: raw });
      else {
        const bytes = raw.slice();
        answer = this.#post(worker, { ...job, text: bytes }, [bytes.buffer]);
      }
    }
    const a = answer ? await answer : null;
    if (!a || ('failure' in a && !a.ok))
      return screenPush(parse(raw), instance, storeLookup(store));
    this.screenedOffThread++;
    if (!a.ok) throw fromWire(a.error);
    // the worker passed the body: its changes are parsed here only if something needs them
    let changes: SyncChange[] | undefined;
    const { head, count, last, quarantined, elsewhere, plan } = a;
    return {
      head,
      count,
      last,
      quarantined,
      elsewhere,
      plan,
      changes: () => (changes ??= (parse(raw) as PushBatch).changes),
    };
  }

  /** Stops the worker (it never holds a process open; this frees it sooner). */
  async close(): Promise<void> {
    const w = this.#worker;
    this.#worker = null;
    // what the worker never answers is screened on the main thread
    for (const [id, resolve] of this.#pending)
      resolve({ id, ok: false, failure: 'the screening worker was closed' });
    this.#pending.clear();
    await w?.terminate();
  }

  #post(worker: Worker, job: ScreenJob, transfer: ArrayBuffer[] = []): Promise<ScreenAnswer> {
    return new Promise((resolve) => {
      this.#pending.set(job.id, resolve);
      try {
        worker.postMessage(job, transfer);
      } catch (e) {
        this.#pending.delete(job.id);
        resolve({ id: job.id, ok: false, failure: (e as Error).message });
      }
    });
  }

  #start(): Worker | null {
    if (this.#worker || this.#broken) return this.#worker;
    // from the sources (tests, tsx), the worker is TypeScript: a worker does not inherit tsx's
    // loader, so it registers it first (development only: the built package runs plain JS)
    // found from the package's folder by name: right from src/, dist/ and a bundle inlining this module
    const source = import.meta.url.endsWith('.ts');
    const root = dirname(createRequire(import.meta.url).resolve('@tessera/sync/package.json'));
    const url = pathToFileURL(
      join(root, source ? 'src/hub/push-screen-worker.ts' : 'dist/push-screen-worker.js'),
    );
    let worker: Worker;
    try {
      if (source) {
        const execArgv = [...process.execArgv];
        if (!execArgv.some((a) => a === '@tessera/source' || a === '--conditions=@tessera/source'))
          execArgv.push('--conditions=@tessera/source');
        const tsxApi = pathToFileURL(
          createRequire(import.meta.url)
            .resolve('tsx/esm/api')
            .replace(/\.cjs$/, '.mjs'),
        ).href;
        worker = new Worker(
          `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
          { eval: true, execArgv },
        );
      } else {
        worker = new Worker(url);
      }
    } catch (e) {
      this.#broken = true;
      this.failure = (e as Error).message;
      return null;
    }
    worker.unref();
    worker.on('message', (a: ScreenAnswer) => {
      const resolve = this.#pending.get(a.id);
      this.#pending.delete(a.id);
      resolve?.(a);
    });
    const fail = (why: string) => {
      if (this.#worker !== worker) return;
      this.#worker = null;
      this.#broken = true;
      this.failure = why;
      for (const [id, resolve] of this.#pending) resolve({ id, ok: false, failure: why });
      this.#pending.clear();
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => fail(`the screening worker exited (${code})`));
    this.#worker = worker;
    return worker;
  }
}

/** The process's screener: one worker, shared by every hub app in the process. */
export const pushScreener = new PushScreener();
