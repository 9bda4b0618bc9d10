import type { Store } from '@tessera/store';

/**
 * Values computed from the whole database (the national picture, its rendered HTML), kept until
 * the data changes: a commit of this process clears them at once, another process's commit is
 * noticed through SQLite's `data_version` within `recheckMs`. Concurrent misses share one load.
 */
export class NationalCache {
  readonly #values = new Map<string, Promise<unknown>>();
  #dataVersion = -1;
  #checkedAt = 0;

  constructor(
    private readonly store: Store,
    private readonly recheckMs = 250,
  ) {
    store.onCommitted(() => this.#values.clear());
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    if (now - this.#checkedAt >= this.recheckMs) {
      this.#checkedAt = now;
      const v = await this.store.dataVersion();
      if (v !== this.#dataVersion) this.#values.clear();
      this.#dataVersion = v;
    }
    let value = this.#values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.#values.set(key, value);
      value.catch(() => this.#values.delete(key));
    }
    return value;
  }
}
