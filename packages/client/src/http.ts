import { isProblem, type Problem } from './problem.js';
import { problemToError } from './problem-to-error.js';

/** The `fetch` the client calls: the global one by default, or any function of the same shape. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A query parameter; `undefined` and `null` are left out. */
export type QueryValue = string | number | boolean | null | undefined;

export interface HttpOptions {
  /** The instance's URL (`http://127.0.0.1:8787`); `/api/v1` is appended unless it is already there. */
  baseUrl: string;
  /** A bearer token, sent as `Authorization: Bearer <token>`. */
  token?: string | undefined;
  fetch?: FetchLike | undefined;
}

export interface HttpRequest {
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** The client's one I/O boundary: JSON over `fetch`, error responses thrown as typed errors. */
export interface Http {
  /** The API root, e.g. `http://127.0.0.1:8787/api/v1`. */
  readonly apiUrl: string;
  request<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    options?: HttpRequest,
  ): Promise<T>;
}

/** `http://host:8787/` -> `http://host:8787/api/v1`; a URL already ending in `/api/v1` is kept. */
export function apiUrlOf(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`baseUrl must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  const root = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return root.endsWith('/api/v1') ? root : `${root}/api/v1`;
}

const describe = (e: unknown) =>
  e instanceof Error
    ? e.cause instanceof Error
      ? `${e.message}: ${e.cause.message}`
      : e.message
    : String(e);

/** A problem for an error response that is not a problem document (e.g. an HTML page of a proxy). */
export function problemOfResponse(res: Response, text: string): Problem {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (isProblem(body)) return body;
  const title = res.statusText || 'Error';
  return {
    type: 'about:blank',
    title,
    status: res.status,
    detail: text.trim().slice(0, 300) || title,
  };
}

/** Makes the HTTP layer of a client. */
export function createHttp(options: HttpOptions): Http {
  const apiUrl = apiUrlOf(options.baseUrl);
  const fetchFn: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const token = options.token;

  return {
    apiUrl,
    async request<T>(
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
      path: string,
      req: HttpRequest = {},
    ): Promise<T> {
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(req.query ?? {}))
        if (v !== undefined && v !== null) search.set(k, String(v));
      const qs = search.toString();
      const url = `${apiUrl}${path}${qs ? `?${qs}` : ''}`;
      const headers: Record<string, string> = {
        accept: 'application/json, application/problem+json',
        ...req.headers,
      };
      if (token) headers['authorization'] = `Bearer ${token}`;
      const init: RequestInit = { method, headers };
      if (req.body !== undefined) {
        headers['content-type'] = 'application/json';
        init.body = JSON.stringify(req.body);
      }

      let res: Response;
      let text: string;
      try {
        res = await fetchFn(url, init);
        text = await res.text();
      } catch (e) {
        throw new Error(`${method} ${url} failed: ${describe(e)}`, { cause: e });
      }
      if (!res.ok) throw problemToError(problemOfResponse(res, text), { method, url });
      if (res.status === 204 || text === '') return undefined as T;
      try {
        return JSON.parse(text) as T;
      } catch (e) {
        throw new Error(`${method} ${url} answered ${res.status} with a body that is not JSON`, {
          cause: e,
        });
      }
    },
  };
}
