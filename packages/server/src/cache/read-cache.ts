import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Store } from '@tessera/store';

/** A cached answer: its bytes (written as they are, no re-encoding per request) and ETag. */
interface Entry {
  body: Uint8Array;
  etag: string;
  public: boolean;
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
   * The fast path, before routing: a request for a public answer already in the cache is answered
   * at once (access was checked when the entry was made: it is public), with or without a valid
   * token.
   */
  async answerPublic(
    c: Context,
    headers: Record<string, string>,
    tokenValid?: (header: string) => Promise<boolean>,
  ): Promise<Response | undefined> {
    if (c.req.method !== 'GET') return undefined;
    // a caller with a token gets a public answer too, once its token checks out (from memory);
    // an invalid token goes the normal way (401, counted)
    const authorization = c.req.header('authorization');
    if (authorization && !(tokenValid && (await tokenValid(authorization)))) return undefined;
    await this.#fresh();
    const url = c.req.url;
    const entry = this.#entries.get(url.slice(url.indexOf('/', url.indexOf('//') + 2)));
    if (!entry?.public) return undefined;
    return this.#answer(c, entry, headers);
  }

  #answer(c: Context, entry: Entry, extraHeaders?: Record<string, string>): Response {
    if (extraHeaders) {
      // the fast path answers before any middleware: it carries the security headers itself
      if (c.req.header('if-none-match') === entry.etag)
        return new Response(null, { status: 304, headers: { ...extraHeaders, etag: entry.etag } });
      return new Response(entry.body as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: { ...extraHeaders, 'content-type': 'application/json', etag: entry.etag },
      });
    }
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
        bytes: body.byteLength + key.length * 2 + ENTRY_OVERHEAD,
      };
      // keep it only if no write committed meanwhile
      if (generation === this.#generation) this.#keep(key, entry);
    }
    return this.#answer(c, entry);
  }
}
