import type { FetchLike } from '../http.js';

/** A request the fake `fetch` received. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

/** A JSON response (problem documents get `application/problem+json`). */
export function json(body: unknown, status = 200): Response {
  const problem = status >= 400 && typeof body === 'object' && body !== null && 'type' in body;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': problem ? 'application/problem+json' : 'application/json' },
  });
}

/**
 * A `fetch` for the client's unit tests: records each request and answers with `respond`. It stands
 * in for the network (the client's own I/O boundary), not for any Tessera component.
 */
export function fakeFetch(
  respond: (req: SeenRequest) => Response | Promise<Response>,
): FetchLike & { requests: SeenRequest[] } {
  const requests: SeenRequest[] = [];
  const fn = async (url: string, init: RequestInit) => {
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    const req: SeenRequest = {
      method: init.method ?? 'GET',
      url: new URL(url),
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(req);
    return respond(req);
  };
  return Object.assign(fn, { requests });
}

/** A problem document of the Tessera API for `code`. */
export function problem(
  code: string,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  return {
    ...extra,
    type: `/api/v1/problems/${code.replace(/_/g, '-')}`,
    title: code,
    status,
    detail,
    instance: '/api/v1/x',
  };
}
