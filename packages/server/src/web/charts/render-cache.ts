import { createHash } from 'node:crypto';

/**
 * Renderings by a hash of everything they are drawn from, the most recently used kept (a chart of
 * 500 points takes ~100 ms to lay out; the same series is drawn again for every view of its page).
 */
export class RenderCache<T = string> {
  readonly #entries = new Map<string, T>();
  constructor(private readonly max = 200) {}

  /** The rendering of `input`, from the cache or made by `render`. */
  get(input: unknown, render: () => T): T {
    const key = createHash('sha1').update(JSON.stringify(input)).digest('base64');
    const hit = this.#entries.get(key);
    if (hit !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const value = render();
    this.#entries.set(key, value);
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }
}
