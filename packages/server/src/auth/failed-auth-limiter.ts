import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** Failed authentications a client address may make per window before it is refused (429). */
export const FAILED_AUTH_LIMIT = 20;
export const FAILED_AUTH_WINDOW_MS = 60_000;
const MAX_ADDRESSES = 50_000;

/**
 * Counts failed authentications per client address in fixed windows: past the limit, the address
 * is answered 429 with `Retry-After` until its window ends (valid tokens included, so guessing
 * cannot go on behind a valid one). Memory is bounded: at most `MAX_ADDRESSES` windows are kept.
 */
export class FailedAuthLimiter {
  readonly #windows = new Map<string, { start: number; failures: number }>();
  readonly #limit: number;
  readonly #windowMs: number;

  constructor(options: { limit?: number; windowMs?: number } = {}) {
    this.#limit = options.limit ?? FAILED_AUTH_LIMIT;
    this.#windowMs = options.windowMs ?? FAILED_AUTH_WINDOW_MS;
  }

  /** The client address of a request (the socket's peer; no forwarding header is trusted). */
  static address(c: Context): string {
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  }

  /** Seconds until `address` may try again, or 0 when it may now. */
  retryAfter(address: string, now = Date.now()): number {
    const w = this.#windows.get(address);
    if (!w || now - w.start >= this.#windowMs) return 0;
    return w.failures >= this.#limit ? Math.ceil((w.start + this.#windowMs - now) / 1000) : 0;
  }

  /** Records a failed authentication of `address`. */
  fail(address: string, now = Date.now()): void {
    let w = this.#windows.get(address);
    if (!w || now - w.start >= this.#windowMs) {
      if (this.#windows.size >= MAX_ADDRESSES) this.#evict(now);
      w = { start: now, failures: 0 };
      this.#windows.set(address, w);
    }
    w.failures++;
  }

  #evict(now: number): void {
    for (const [k, w] of this.#windows)
      if (now - w.start >= this.#windowMs) this.#windows.delete(k);
    if (this.#windows.size >= MAX_ADDRESSES) this.#windows.clear();
  }
}
