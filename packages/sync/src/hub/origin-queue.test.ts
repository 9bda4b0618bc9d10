import { describe, expect, it } from 'vitest';
import { OriginQueue } from './origin-queue.js';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('OriginQueue', () => {
  it('gives an origin’s requests their turns in arrival order, and other origins theirs at once', async () => {
    const q = new OriginQueue();
    const order: string[] = [];
    const a = q.enter('ahsn-a');
    const b = q.enter('ahsn-a');
    const c = q.enter('ahsn-a');
    const other = q.enter('ldp-b');
    void c.turn.then(() => order.push('c'));
    void b.turn.then(() => order.push('b'));
    void a.turn.then(() => order.push('a'));
    void other.turn.then(() => order.push('other'));
    await tick();
    expect(order).toEqual(['a', 'other']);
    // c leaving first (it failed before its turn) does not let it, or anything, overtake b
    c.leave();
    await tick();
    expect(order).toEqual(['a', 'other']);
    a.leave();
    await tick();
    expect(order).toEqual(['a', 'other', 'b']);
    b.leave();
    await tick();
    expect(order).toEqual(['a', 'other', 'b', 'c']);
    other.leave();
    await tick();
    expect(q.size).toBe(0);
  });

  it('counts an origin’s requests that have not left, each once however often it leaves', async () => {
    const q = new OriginQueue();
    const a = q.enter('ahsn-a');
    const b = q.enter('ahsn-a');
    expect([q.waiting('ahsn-a'), q.waiting('ldp-b')]).toEqual([2, 0]);
    a.leave();
    a.leave();
    expect(q.waiting('ahsn-a')).toBe(1);
    // a request that found a gap goes to the back, behind one that came after it
    await b.turn;
    const c = q.enter('ahsn-a');
    b.leave();
    const again = q.enter('ahsn-a');
    const order: string[] = [];
    void again.turn.then(() => order.push('again'));
    void c.turn.then(() => order.push('c'));
    await tick();
    expect(order).toEqual(['c']);
    c.leave();
    await tick();
    expect(order).toEqual(['c', 'again']);
    again.leave();
    expect(q.waiting('ahsn-a')).toBe(0);
  });
});
