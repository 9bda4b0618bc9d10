import type { Store } from '@tessera/store';

/**
 * Values computed from the database (the national picture and its HTML, a measure's chart), kept
 * until the data changes: a commit of this process clears them at once, another process's commit
 * is noticed through SQLite's `data_version` within `recheckMs`. Concurrent misses share one load;
 * at most `max` values are kept (the least recently used go first).
 */
export class DataCache {
  readonly #values = new Map<string, Promise<unknown>>();
  #dataVersion = -1;
  #checkedAt = 0;

  constructor(
    private readonly store: Store,
    private readonly options: { recheckMs?: number; max?: number } = {},
  ) {
    store.onCommitted(() => this.#values.clear());
  }

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    if (now - this.#checkedAt >= (this.options.recheckMs ?? 250)) {
      this.#checkedAt = now;
      const v = await this.store.dataVersion();
      if (v !== this.#dataVersion) this.#values.clear();
      this.#dataVersion = v;
    }
    let value = this.#values.get(key) as Promise<T> | undefined;
    if (value) {
      this.#values.delete(key);
    } else {
      value = load();
      value.catch(() => this.#values.delete(key));
    }
    this.#values.set(key, value);
    const max = this.options.max ?? 100;
    if (this.#values.size > max) this.#values.delete(this.#values.keys().next().value!);
    return value;
  }
}

const perStore = new WeakMap<Store, Map<string, DataCache>>();

/** The cache named `name` of this store (one per instance, shared by its pages). */
export function dataCacheOf(
  store: Store,
  name: string,
  options?: { recheckMs?: number; max?: number },
): DataCache {
  let caches = perStore.get(store);
  if (!caches) perStore.set(store, (caches = new Map()));
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = new DataCache(store, options)));
  return cache;
}
