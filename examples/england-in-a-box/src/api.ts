/** A small JSON client for one instance's HTTP API, with a bearer token. Problems become errors naming the request. */
export interface Api {
  get<T = Record<string, unknown>>(path: string): Promise<T>;
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<T>;
  /** Every item of a paged collection, following `nextCursor`. */
  all<T = Record<string, unknown>>(
    collection: string,
    query?: Record<string, string>,
  ): Promise<T[]>;
}

export function api(baseUrl: string, token?: string): Api {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    if (!res.ok)
      throw new Error(
        `${method} ${baseUrl}/api/v1${path} answered ${res.status}: ${text.slice(0, 500)}`,
      );
    return (text ? JSON.parse(text) : {}) as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
    async all<T>(collection: string, query: Record<string, string> = {}) {
      const items: T[] = [];
      let cursor: string | null = null;
      do {
        const qs = new URLSearchParams({ ...query, limit: '500', ...(cursor ? { cursor } : {}) });
        const page: { items: T[]; nextCursor: string | null } = await call(
          'GET',
          `/${collection}?${qs}`,
        );
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return items;
    },
  };
}
