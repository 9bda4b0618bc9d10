/**
 * A fixed-window limit per key (the client's address): `allow` answers false once a key has used
 * its `max` requests in the current window. In memory, per instance; enough to slow a flood of
 * anonymous "ask for help" forms.
 */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  allow(key: string, now = Date.now()): boolean {
    const hit = this.#hits.get(key);
    if (!hit || hit.resetAt <= now) {
      if (this.#hits.size > 50_000) this.#prune(now);
      this.#hits.set(key, { count: 1, resetAt: now + this.windowMs });
      return true;
    }
    hit.count++;
    return hit.count <= this.max;
  }

  #prune(now: number): void {
    for (const [k, v] of this.#hits) if (v.resetAt <= now) this.#hits.delete(k);
  }
}
