import {
  type DomainError,
  isProblem,
  type Problem,
  problemToError,
  UnavailableError,
} from '@tessera/core';
import type { ManifestPage, PullPage, PushBatch, PushResult } from '../protocol.js';

/** A refused sync request: the hub's problem document, as a domain error with `status` and `problem`. */
export type HubError = DomainError & { status: number; problem: Problem };

/** The domain error of an error answer (core's decoder; a body that is no problem gets its status's code). */
function toError(status: number, body: unknown, url: string): HubError {
  if (isProblem(body)) return problemToError(body);
  const text = (body as { detail?: unknown } | null)?.detail;
  const detail = `${url} answered ${status}${typeof text === 'string' ? `: ${text}` : ''}`;
  return problemToError({ type: 'about:blank', title: `HTTP ${status}`, status, detail });
}

/** The hub's sync API over HTTP, with a sync token. */
export class HubClient {
  readonly #base: string;
  readonly #token: string;
  readonly #fetch: typeof fetch;

  constructor(options: { hubUrl: string; token: string; fetch?: typeof fetch }) {
    this.#base = options.hubUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#fetch = options.fetch ?? fetch;
  }

  async #call<T>(method: string, path: string, body?: string): Promise<T> {
    const url = `${this.#base}/api/v1/sync${path}`;
    let res: Response | undefined;
    // every sync request is idempotent (a push replay is ignored), so a reset connection is retried
    for (let attempt = 1; !res; attempt++) {
      try {
        res = await this.#fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${this.#token}`,
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body } : {}),
          signal: AbortSignal.timeout(120_000),
        });
      } catch (e) {
        const transient = /ECONNRESET|other side closed|socket hang up|UND_ERR_SOCKET/i.test(
          `${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}`,
        );
        if (!transient || attempt >= 3)
          throw new UnavailableError(`cannot reach the hub at ${url}: ${(e as Error).message}`, {
            cause: e,
          });
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = { detail: text.slice(0, 200) };
    }
    if (!res.ok) throw toError(res.status, json, url);
    return json as T;
  }

  /** Sends a serialised batch (the caller measures and bounds its size). */
  push(body: string): Promise<PushResult> {
    return this.#call('POST', '/push', body);
  }

  pull(after: number, limit = 1000, afterKey = ''): Promise<PullPage> {
    return this.#call(
      'GET',
      `/pull?after=${after}&limit=${limit}${afterKey ? `&afterKey=${encodeURIComponent(afterKey)}` : ''}`,
    );
  }

  records(owner: string, cursor: string | null, withPayload: boolean): Promise<ManifestPage> {
    return this.#call(
      'GET',
      `/records?owner=${encodeURIComponent(owner)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}&payload=${withPayload}`,
    );
  }

  /** Changes of `origin` the hub has set aside (quarantine), newest first. */
  quarantine(origin: string): Promise<{ items: QuarantineItem[] }> {
    return this.#call('GET', `/quarantine?origin=${encodeURIComponent(origin)}`);
  }

  /** The plugins the hub runs, with their versions and entities (an older hub has none to tell). */
  async plugins(): Promise<HubPlugin[]> {
    try {
      return (await this.#call<{ plugins: HubPlugin[] }>('GET', '/plugins')).plugins;
    } catch (e) {
      if ((e as { status?: number }).status === 404) return [];
      throw e;
    }
  }

  /** The hub's sync status; with `origin`, of that origin only (digests are per origin: cheaper). */
  status(origin?: string): Promise<HubStatus> {
    return this.#call('GET', `/status${origin ? `?origin=${encodeURIComponent(origin)}` : ''}`);
  }
}

/** A change the hub set aside, as its quarantine lists it. */
export interface QuarantineItem {
  origin: string;
  /** The push epoch of the change (a hub that does not say: the instance's current one). */
  epoch?: string;
  seq: number;
  entity: string;
  recordId: string;
  version: number;
  reason: string;
  at: string;
}

/** A plugin the hub runs, as `GET /api/v1/sync/plugins` lists it. */
export interface HubPlugin {
  id: string;
  version: string;
  apiVersion: number;
  entities: { name: string; sync: 'local' | 'shared' }[];
}

export interface OriginStatus {
  origin: string;
  epoch: string;
  lastSeq: number;
  lastSuccessAt: string | null;
  lastError: string | null;
  records: number;
  tombstones: number;
  digest: string;
  quarantined: number;
}

export interface HubStatus {
  role: 'hub';
  instance: string;
  epoch: string;
  schemaVersion: number;
  origins: OriginStatus[];
}

export type { PushBatch };
