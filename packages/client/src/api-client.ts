import createFetchClient, { type Middleware } from 'openapi-fetch';
import type { TesseraApi } from './api-types.js';
import type { paths } from './generated/openapi.js';
import { apiUrlOf, problemOfResponse, type FetchLike } from './http.js';
import { problemToError } from './problem-to-error.js';

export interface ApiClientOptions {
  /** The instance's URL, e.g. `http://127.0.0.1:8787` (or its API root `.../api/v1`). */
  baseUrl: string;
  /** A bearer token (`tessera token create`). */
  token?: string | undefined;
  /** The `fetch` to use (default the global one). */
  fetch?: FetchLike | undefined;
}

/**
 * Turns every error answer into core's typed error (`NotFoundError`, `ValidationError` with its
 * field issues, `ConflictError`, ...) carrying `status` and the `problem`: a call either resolves
 * with the typed data or rejects with a domain error, so `error` of a result is never set.
 */
export const problemMiddleware: Middleware = {
  async onResponse({ request, response }) {
    if (response.ok) return undefined;
    const text = await response.clone().text();
    throw problemToError(problemOfResponse(response, text), {
      method: request.method,
      url: request.url,
    });
  },
};

/** Sends the bearer token. */
const bearer = (token: string): Middleware => ({
  onRequest({ request }) {
    request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
});

/** A `fetch(request)` over a `fetch(url, init)`. */
const requestFetch =
  (fetchFn: FetchLike) =>
  async (request: Request): Promise<Response> => {
    const body = request.body ? await request.arrayBuffer() : undefined;
    return fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      ...(body ? { body } : {}),
    });
  };

/**
 * A client of every operation of a Tessera instance, typed from its OpenAPI document: paths,
 * parameters, bodies and answers are checked at compile time; error answers reject with core's
 * typed errors.
 * @example const api = createApiClient({ baseUrl, token }); const { data } = await api.GET('/api/v1/networks/{id}', { params: { path: { id } } })
 */
export function createApiClient(options: ApiClientOptions): TesseraApi {
  // the document's paths start with /api/v1
  const origin = apiUrlOf(options.baseUrl).replace(/\/api\/v1$/, '');
  const api = createFetchClient<paths, 'application/json'>({
    baseUrl: origin,
    ...(options.fetch ? { fetch: requestFetch(options.fetch) } : {}),
  });
  if (options.token) api.use(bearer(options.token));
  api.use(problemMiddleware);
  return api;
}
