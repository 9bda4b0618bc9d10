import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError, ForbiddenError, ValidationError, defineEntity } from '@tessera/core';
import { Store } from '@tessera/store';
import { nextBatch } from '../local/outbox.js';
import { readSyncState } from '../local/sync-state.js';
import { PushScreener } from './push-screener.js';
import { screenPush } from './screen-push.js';
import { applyPush, storeLookup } from './apply-push.js';

const ctx = { actor: 'test', actorRole: 'admin' };
const REGION = 'ahsn-screen';
/** A plugin's entity: the worker knows only the core ones. */
const pluginEntity = defineEntity({
  name: 'screen-note',
  collection: 'screen-notes',
  domain: 'networks',
  description: 'A note (test plugin entity)',
  schema: z.object({ text: z.string().max(20), author: z.string().max(80).optional() }).strict(),
  policy: { author: 'local' },
  ownedBy: 'region',
});

let region: Store;
let hub: Store;
let body: Record<string, unknown> & { changes: Record<string, unknown>[] };
const screener = new PushScreener({ minBytes: 0 });

beforeAll(async () => {
  region = await Store.open({ url: ':memory:', instance: REGION, entities: [pluginEntity] });
  hub = await Store.open({ url: ':memory:', instance: 'hub', entities: [pluginEntity] });
  for (let i = 0; i < 3; i++)
    await region
      .repo('organisations')
      .create({ odsCode: `R${i}S`, name: `Trust ${i}`, type: 'acute' }, ctx);
  await region.repo('screen-notes').create({ text: 'fine' }, ctx);
  const batch = await nextBatch(region, await readSyncState(region), {
    maxChanges: 100,
    maxBytes: 1 << 20,
  });
  body = JSON.parse(batch!.body);
});
afterAll(async () => {
  await screener.close();
  region.close();
  hub.close();
});

/** The body with its changes changed by `edit` (a copy). */
function variant(edit: (b: typeof body) => void): string {
  const copy = structuredClone(body);
  edit(copy);
  return JSON.stringify(copy);
}

/** Screens `text` on the worker and on the main thread: both must give the same outcome. */
async function both(text: string, instance: string | null = REGION) {
  const before = screener.screenedOffThread;
  const off = await screener.screen(text, instance, hub).then(
    (r) => ({ ok: r }),
    (e: unknown) => ({ err: e }),
  );
  expect([screener.screenedOffThread, screener.failure], 'answered by the worker thread').toEqual([
    before + 1,
    null,
  ]);
  const inline = (() => {
    try {
      return { ok: screenPush(JSON.parse(text), instance, storeLookup(hub)) };
    } catch (e) {
      return { err: e };
    }
  })();
  return { off, inline };
}

describe('PushScreener (push bodies screened on a worker thread)', () => {
  it('passes a valid batch, and leaves plugin entities to the main thread', async () => {
    const { off, inline } = await both(JSON.stringify(body));
    expect('ok' in off && off.ok.quarantined).toEqual([]);
    expect('ok' in off && off.ok.elsewhere).toEqual([3]);
    if (!('ok' in off)) throw new Error('expected a pass');
    expect({ ...off.ok.head, changes: off.ok.changes() }).toEqual(body);
    expect(off.ok.count).toBe(body.changes.length);
    // on the main thread, the hub knows the plugin entity: nothing is left elsewhere
    expect('ok' in inline && inline.ok!.elsewhere).toEqual([]);
  });

  it('screens the request’s bytes (transferred to the worker) as it screens text, whatever the characters', async () => {
    const text = variant(
      (b) =>
        ((b.changes[0]!['payload'] as Record<string, unknown>)['name'] = 'Saint-Étienne 東京 🚑'),
    );
    const bytes = new TextEncoder().encode(text);
    const before = screener.screenedOffThread;
    const fromBytes = await screener.screen(bytes, REGION, hub);
    expect(screener.screenedOffThread).toBe(before + 1);
    const fromText = await screener.screen(text, REGION, hub);
    const same = (s: typeof fromText) => ({
      head: s.head,
      count: s.count,
      last: s.last,
      quarantined: s.quarantined,
      elsewhere: s.elsewhere,
      changes: s.changes(),
      ids: s.plan?.groups.map((g) => g.ids),
    });
    expect(same(fromBytes)).toEqual(same(fromText));
    expect((fromBytes.changes()[0]!.payload as Record<string, unknown>)['name']).toBe(
      'Saint-Étienne 東京 🚑',
    );
    // the caller's bytes are not taken from it
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('quarantines a poison record and an unknown entity, as the main thread does', async () => {
    const text = variant((b) => {
      b.changes[1]!['payload'] = { ...(b.changes[1]!['payload'] as object), type: 'castle' };
      b.changes[2]!['entity'] = 'no-such-entity';
    });
    const { off, inline } = await both(text);
    if (!('ok' in off) || !('ok' in inline)) throw new Error('expected both to pass');
    expect(off.ok.quarantined.map((q) => [q.seq, q.reason.split(':')[0]])).toEqual([
      [2, 'invalid payload at type'],
      [3, 'unknown entity "no-such-entity"'],
    ]);
    expect(off.ok.quarantined).toEqual(inline.ok!.quarantined);
  });

  it('refuses what the main thread refuses, with the same error', async () => {
    const cases: [string, string | null, new (...a: never[]) => DomainError, string][] = [
      [
        variant((b) =>
          Object.assign(b.changes[0]!, {
            entity: 'participant',
            payload: { name: 'Ann Example', ethnicity: 'white-british' },
          }),
        ),
        REGION,
        ValidationError,
        'validation',
      ],
      [
        variant((b) => (b.changes[0]!['owner'] = 'ahsn-other')),
        REGION,
        ForbiddenError,
        'forbidden',
      ],
      [JSON.stringify(body), 'ahsn-other', ForbiddenError, 'forbidden'],
      [variant((b) => (b['schemaVersion'] = 99)), REGION, DomainError, 'unsupported_version'],
      [variant((b) => (b['fromSeq'] = 'one')), REGION, ValidationError, 'validation'],
    ];
    for (const [text, instance, type, code] of cases) {
      const { off, inline } = await both(text, instance);
      if (!('err' in off) || !('err' in inline)) throw new Error(`expected a refusal (${code})`);
      expect(off.err).toBeInstanceOf(type);
      expect((off.err as DomainError).code).toBe(code);
      expect((off.err as DomainError).message).toBe((inline.err as DomainError).message);
      expect((off.err as DomainError).data).toEqual((inline.err as DomainError).data);
      if (code === 'validation')
        expect((off.err as ValidationError).issues.length).toBeGreaterThan(0);
    }
  });

  it('screens on the main thread what a closed worker never answered', async () => {
    const closing = new PushScreener({ minBytes: 0 });
    const pending = closing.screen(JSON.stringify(body), REGION, hub);
    await closing.close();
    const r = await pending;
    expect({ ...r.head, changes: r.changes() }).toEqual(body);
    // and it screens again afterwards
    expect((await closing.screen(JSON.stringify(body), REGION, hub)).count).toBe(
      body.changes.length,
    );
  });

  it('refuses malformed JSON, and screens small bodies on the main thread', async () => {
    await expect(screener.screen('{"origin": ', REGION, hub)).rejects.toThrow(/not valid JSON/);
    const small = new PushScreener();
    const r = await small.screen(JSON.stringify(body), REGION, hub);
    expect(r.quarantined).toEqual([]);
    expect(small.screenedOffThread).toBe(0);
    await small.close();
  });

  it('the hub screens plugin entities the worker left to it: a personal field refuses the batch, a bad payload is quarantined', async () => {
    const note = body.changes.findIndex((c) => c['entity'] === 'screen-note');
    const personal = variant(
      (b) => ((b.changes[note]!['payload'] as Record<string, unknown>)['author'] = 'Ann Example'),
    );
    const refused = await applyPush(hub, await screener.screen(personal, REGION, hub), {
      actor: 'test',
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues[0]!.path).toEqual([
      'changes',
      note,
      'payload',
      'author',
    ]);
    expect(await hub.repo('organisations').count({ owner: REGION })).toBe(0);

    const poison = variant(
      (b) => ((b.changes[note]!['payload'] as Record<string, unknown>)['text'] = 'x'.repeat(50)),
    );
    const result = await applyPush(hub, await screener.screen(poison, REGION, hub), {
      actor: 'test',
    });
    expect(result.quarantined.map((q) => [q.seq, q.entity])).toEqual([[note + 1, 'screen-note']]);
    expect(result.applied).toBe(3);
    expect(await hub.repo('organisations').count({ owner: REGION })).toBe(3);
  });
});
