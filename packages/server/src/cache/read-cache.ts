import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { routePath } from 'hono/route';
import type { Store } from '@tessera/store';

/** A cached answer: its bytes (written as they are, no re-encoding per request) and ETag. */
export interface CachedAnswer {
  readonly body: Uint8Array;
  readonly etag: string;
  /** Anyone may read it: the cached-read lane may serve it. */
  readonly public: boolean;
  /** The route pattern that made it (for the request log and metrics). */
  readonly route: string;
}

interface Entry extends CachedAnswer {
  /** What the entry costs: its body, its key and a fixed overhead. */
  bytes: number;
}

/** Default bound of the read cache: 32 MB of answers (keys and bookkeeping included). */
export const READ_CACHE_BYTES = 32 * 1024 * 1024;
const ENTRY_OVERHEAD = 256;

/** The ETag of an answer's bytes (strong): what GET sends and `If-Match` compares. */
export function etagOf(body: Uint8Array | string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Serialised answers of read routes, kept until the data changes: any commit of this process
 * clears the cache at once; a commit by another process on the same database file is noticed
 * through SQLite's `data_version`, checked at most every `recheckMs`. Entries carry an ETag, so a
 * client holding a current copy gets 304.
 */
export class ReadCache {
  readonly #store: Store;
  readonly #entries = new Map<string, Entry>();
  readonly #maxBytes: number;
  #bytes = 0;
  readonly #recheckMs: number;
  #generation = 0;
  #dataVersion = -1;
  #checkedAt = 0;

  constructor(store: Store, options: { maxBytes?: number; recheckMs?: number } = {}) {
    this.#store = store;
    this.#maxBytes = options.maxBytes ?? READ_CACHE_BYTES;
    this.#recheckMs = options.recheckMs ?? 250;
    store.onCommitted(() => this.clear());
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
    this.#generation++;
  }

  /** Bytes the cache holds now (bodies, keys, bookkeeping): never above its bound. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Keeps `entry` under `key`, evicting the oldest entries to stay within the byte bound. */
  #keep(key: string, entry: Entry): void {
    if (entry.bytes > this.#maxBytes / 4) return;
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= old.bytes;
    }
    while (this.#bytes + entry.bytes > this.#maxBytes) {
      const [oldestKey, oldest] = this.#entries.entries().next().value!;
      this.#entries.delete(oldestKey);
      this.#bytes -= oldest.bytes;
    }
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
  }

  async #fresh(): Promise<void> {
    const now = Date.now();
    if (now - this.#checkedAt < this.#recheckMs) return;
    this.#checkedAt = now;
    const v = await this.#store.dataVersion();
    if (v !== this.#dataVersion) {
      if (this.#dataVersion !== -1) this.clear();
      this.#dataVersion = v;
    }
  }

  /**
   * The public answer cached under `pathAndQuery`, at once (for the cached-read lane, before any
   * routing): undefined when there is none, when it is not public, or when it is time to ask the
   * database whether another process changed the data (the normal path then does, and answers).
   */
  peekPublic(pathAndQuery: string, now = Date.now()): CachedAnswer | undefined {
    if (now - this.#checkedAt >= this.#recheckMs) return undefined;
    const entry = this.#entries.get(pathAndQuery);
    return entry?.public ? entry : undefined;
  }

  #answer(c: Context, entry: Entry): Response {
    if (c.req.header('if-none-match') === entry.etag)
      return c.body(null, 304, { etag: entry.etag });
    return c.body(entry.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/json',
      etag: entry.etag,
    });
  }

  /**
   * Answers `c` from the cache under `key` (its path and query), computing (and keeping) the JSON
   * body on a miss. `isPublic`: anyone may read it (so the fast path may serve it).
   */
  async respond(
    c: Context,
    key: string,
    compute: () => Promise<unknown>,
    isPublic = false,
  ): Promise<Response> {
    await this.#fresh();
    let entry = this.#entries.get(key);
    if (!entry) {
      const generation = this.#generation;
      const body = Buffer.from(JSON.stringify(await compute()), 'utf8');
      entry = {
        body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
        etag: etagOf(body),
        public: isPublic,
        route: routePath(c),
        bytes: body.byteLength + key.length * 2 + ENTRY_OVERHEAD,
      };
      // keep it only if no write committed meanwhile
      if (generation === this.#generation) this.#keep(key, entry);
    }
    return this.#answer(c, entry);
  }
}
