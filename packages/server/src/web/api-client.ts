import type { Context } from 'hono';
import { dataCacheOf } from './data-cache.js';
import type { WebEnv } from './web-env.js';

/** An answer of the instance's API: its status and parsed JSON (a problem document on errors). */
export interface ApiAnswer<T = unknown> {
  status: number;
  ok: boolean;
  data: T;
}

/** A problem document's fields the pages show. */
export interface ApiProblem {
  title?: string;
  detail?: string;
  errors?: { path?: string; message?: string }[];
}

/**
 * Calls the instance's own API in-process as the signed-in user (their token, never the
 * browser's): every rule the API enforces (roles, ownership, workflows, validation) applies to the
 * pages as it does to any client.
 */
export async function callApi<T = unknown>(
  c: Context<WebEnv>,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  const headers = new Headers({ accept: 'application/json' });
  const token = c.var.session?.token;
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (body !== undefined) headers.set('content-type', 'application/json');
  const request = new Request(`http://in-process/api/v1${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const res = await c.var.api(request, (c.env ?? undefined) as object | undefined);
  const text = await res.text();
  const data = text ? (JSON.parse(text) as T) : (undefined as T);
  return { status: res.status, ok: res.ok, data };
}

/**
 * A GET whose answer depends on nothing but the database and the caller's token (no clock), kept
 * per token until the data changes (a revoked token is a change): a page viewed again skips the
 * API's work but not its rules, since the answer kept is the one the API gave this token.
 */
export function callApiCached<T = unknown>(
  c: Context<WebEnv>,
  path: string,
): Promise<ApiAnswer<T>> {
  const key = `${c.var.session?.token ?? ''}\n${path}`;
  return dataCacheOf(c.var.store, 'api-answers', { max: 500 }).get(key, () =>
    callApi<T>(c, 'GET', path),
  );
}

/** GET a JSON answer, throwing the API's status as a page error when it fails. */
export async function getApi<T = unknown>(c: Context<WebEnv>, path: string): Promise<T> {
  const r = await callApi<T>(c, 'GET', path);
  if (!r.ok) throw new PageError(r.status, problemText(r.data));
  return r.data;
}

/** Every item of a paged collection (follows the cursor). */
export async function listAll<T = Record<string, unknown>>(
  c: Context<WebEnv>,
  collection: string,
  filters: Record<string, string> = {},
  max = 5000,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const q = new URLSearchParams({ ...filters, limit: '500', ...(cursor ? { cursor } : {}) });
    const page = await getApi<{ items: T[]; nextCursor?: string | null }>(c, `/${collection}?${q}`);
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < max);
  return out;
}

/** A one-line description of an API problem. */
export function problemText(data: unknown): string {
  const p = (data ?? {}) as ApiProblem;
  return p.detail ?? p.title ?? 'The request failed';
}

/** An error a page handler throws to answer with an error page of that status. */
export class PageError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
