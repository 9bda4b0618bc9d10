import { describe, expect, it } from 'vitest';
import type { CommittedChange } from './db.js';
import { Store } from './store.js';

const ctx = { actor: 'test', actorRole: 'editor' };

describe('commit listeners', () => {
  it('onCommit hears each committed change once; onCommitted hears that a write committed', async () => {
    const store = await Store.open({ url: ':memory:', instance: 'ahsn-a' });
    const heard: CommittedChange[][] = [];
    let signals = 0;
    const stop = store.onCommit((changes) => heard.push([...changes]));
    store.onCommitted(() => signals++);
    const org = await store.repo('organisation').create({ name: 'A Trust', type: 'acute' }, ctx);
    await store.repo('organisation').update(org.id, { name: 'A Trust (renamed)' }, ctx);
    expect(signals).toBe(2);
    expect(heard.map((c) => c.map((x) => [x.entity, x.id, x.op, x.version]))).toEqual([
      [['organisation', org.id, 'upsert', 1]],
      [['organisation', org.id, 'upsert', 2]],
    ]);
    // a failed write is not heard of, and leaves nothing for the next write's listeners
    await expect(
      store.write(async (tx) => {
        await store.repo('organisation').createIn(tx, { name: 'B Trust', type: 'acute' }, ctx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(signals).toBe(2);
    stop();
    await store.repo('organisation').create({ name: 'C Trust', type: 'acute' }, ctx);
    expect(heard).toHaveLength(2);
    expect(signals).toBe(3);
    store.close();
  });
});
