/**
 * The worker thread of `PushScreener`: screens push bodies for the hub's main thread, and encodes
 * the new records they carry as rows, so that the main thread neither parses nor encodes them. It
 * knows the core entities; changes of any other entity of the hub (plugins) are left to the main
 * thread.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError, coreEntities } from '@tessera/core';
import { RemoteRows, encodeNewRecords, type EncodedRecords } from '@tessera/store/remote-rows';
import { isPulled } from '../shared-schema.js';
import { changesByEntity, screenPush } from './screen-push.js';
import { toWire, type ScreenAnswer, type ScreenJob } from './screen-wire.js';

const core = new Map(coreEntities.map((e) => [e.name, e]));
const codecs = new Map(coreEntities.map((e) => [e.name, new RemoteRows(e)]));
const utf8 = new TextDecoder();

parentPort!.on('message', (job: ScreenJob) => {
  let answer: ScreenAnswer;
  try {
    const hub = new Set(job.entities);
    const screened = screenPush(
      JSON.parse(typeof job.text === 'string' ? job.text : utf8.decode(job.text)),
      job.instance,
      (name) => (!hub.has(name) ? 'unknown' : (core.get(name) ?? 'elsewhere')),
    );
    const skip = new Set(screened.quarantined.map((q) => q.seq));
    const elsewhere = new Set(screened.elsewhere);
    const byEntity = changesByEntity(
      screened.changes(),
      screened.head.schemaVersion,
      (ch, i) => skip.has(ch.seq) || elsewhere.has(i),
    );
    const now = new Date().toISOString();
    const groups: EncodedRecords[] = [];
    for (const [entity, changes] of byEntity) {
      const encoded = encodeNewRecords(
        codecs.get(entity)!,
        changes,
        now,
        isPulled(core.get(entity)!),
      );
      if (encoded) groups.push(encoded);
    }
    answer = {
      id: job.id,
      ok: true,
      head: screened.head,
      count: screened.count,
      last: screened.last,
      quarantined: screened.quarantined,
      elsewhere: screened.elsewhere,
      plan: { now, groups },
    };
  } catch (e) {
    answer =
      e instanceof DomainError
        ? { id: job.id, ok: false, error: toWire(e) }
        : { id: job.id, ok: false, failure: String((e as Error)?.message ?? e) };
  }
  parentPort!.postMessage(answer);
});
