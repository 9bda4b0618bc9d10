import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { AppEnv } from '../../context.js';

/** A JSON answer of status 200 whose body is `T` as JSON. */
export type JsonAnswer<T> = Response & TypedResponse<JSONParsed<T>, 200, 'json'>;

/**
 * Answers a read from the read cache: `compute` runs only when the data changed since the answer
 * was cached. The body is `JSON.stringify(await compute())`, so the answer is typed as `T` is, as
 * `c.json` types it, and the route's response schema checks it.
 */
export async function cachedJson<T>(
  c: Context<AppEnv>,
  key: string,
  compute: () => Promise<T>,
  isPublic = false,
): Promise<JsonAnswer<T>> {
  return (await c.var.cache.respond(c, key, compute, isPublic)) as JsonAnswer<T>;
}
