/**
 * The worker thread of `PushScreener`: screens push bodies for the hub's main thread. It knows the
 * core entities; changes of any other entity of the hub (plugins) are left to the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError, coreEntities } from '@tessera/core';
import { screenPush } from './screen-push.js';
import { toWire, type ScreenAnswer, type ScreenJob } from './screen-wire.js';

const core = new Map(coreEntities.map((e) => [e.name, e]));
const utf8 = new TextDecoder();

parentPort!.on('message', (job: ScreenJob) => {
  let answer: ScreenAnswer;
  try {
    const hub = new Set(job.entities);
    const { quarantined, elsewhere } = screenPush(JSON.parse(typeof job.text === 'string' ? job.text : utf8.decode(job.text)), job.instance, (name) => (!hub.has(name) ? 'unknown' : (core.get(name) ?? 'elsewhere')));
    answer = { id: job.id, ok: true, quarantined, elsewhere };
  } catch (e) {
    answer = e instanceof DomainError ? { id: job.id, ok: false, error: toWire(e) } : { id: job.id, ok: false, failure: String((e as Error)?.message ?? e) };
  }
  parentPort!.postMessage(answer);
});
