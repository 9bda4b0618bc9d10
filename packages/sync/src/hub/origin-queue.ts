/**
 * The hub applies an origin's pushes one at a time, in the order they arrived. A local instance
 * keeps more than one batch on its way, so a later batch is read and validated while the one
 * before is applied, and waits for its turn only to apply. Ordering is only about speed: a batch
 * applied out of turn is refused as a gap (409), never applied twice; and a batch that overtook the
 * one before it on the way can wait behind the requests that came after it and try again.
 */
export class OriginQueue {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #waiting = new Map<string, number>();

  /**
   * Takes a place behind `origin`'s earlier requests. `turn` resolves when every one of them has
   * left; the caller must call `leave` once it is done, whatever happened (calling it again does
   * nothing).
   */
  enter(origin: string): { turn: Promise<void>; leave: () => void } {
    const turn = this.#tails.get(origin) ?? Promise.resolve();
    let release!: () => void;
    const left = new Promise<void>((r) => (release = r));
    const tail = turn.then(() => left);
    this.#tails.set(origin, tail);
    this.#waiting.set(origin, (this.#waiting.get(origin) ?? 0) + 1);
    void tail.then(() => {
      if (this.#tails.get(origin) === tail) this.#tails.delete(origin);
    });
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      const n = (this.#waiting.get(origin) ?? 1) - 1;
      if (n > 0) this.#waiting.set(origin, n);
      else this.#waiting.delete(origin);
      release();
    };
    return { turn, leave };
  }

  /** Requests of `origin` that entered and have not left (the one whose turn it is among them). */
  waiting(origin: string): number {
    return this.#waiting.get(origin) ?? 0;
  }

  /** Origins with a request in the queue (for tests and status). */
  get size(): number {
    return this.#tails.size;
  }
}
