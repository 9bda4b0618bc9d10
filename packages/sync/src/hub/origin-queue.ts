/**
 * The hub applies an origin's pushes one at a time, in the order they arrived. A local instance
 * keeps more than one batch on its way, so a later batch is read and validated while the one
 * before is applied, and waits for its turn only to apply: it never finds a gap that the batch
 * ahead of it would have filled. Ordering is only about speed: a batch applied out of turn is
 * refused as a gap (409) and sent again, never applied twice.
 */
export class OriginQueue {
  readonly #tails = new Map<string, Promise<void>>();

  /**
   * Takes a place behind `origin`'s earlier requests. `turn` resolves when every one of them has
   * left; the caller must call `leave` once it is done, whatever happened.
   */
  enter(origin: string): { turn: Promise<void>; leave: () => void } {
    const turn = this.#tails.get(origin) ?? Promise.resolve();
    let leave!: () => void;
    const left = new Promise<void>((r) => (leave = r));
    const tail = turn.then(() => left);
    this.#tails.set(origin, tail);
    void tail.then(() => {
      if (this.#tails.get(origin) === tail) this.#tails.delete(origin);
    });
    return { turn, leave };
  }

  /** Origins with a request in the queue (for tests and status). */
  get size(): number {
    return this.#tails.size;
  }
}
