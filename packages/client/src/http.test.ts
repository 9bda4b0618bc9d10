import { describe, expect, it } from 'vitest';
import { NotFoundError } from '@tessera/core';
import { apiUrlOf, createHttp } from './http.js';
import { fakeFetch, json, problem } from './__fixtures__/fake-fetch.js';

describe('apiUrlOf', () => {
  it('appends /api/v1 once and drops trailing slashes', () => {
    expect(apiUrlOf('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787/api/v1');
    expect(apiUrlOf('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787/api/v1');
    expect(apiUrlOf('https://hub.example/tessera/api/v1/')).toBe(
      'https://hub.example/tessera/api/v1',
    );
  });
  it('refuses what is not an http(s) URL', () => {
    expect(() => apiUrlOf('localhost:8787')).toThrow(/http\(s\) URL/);
    expect(() => apiUrlOf('not a url')).toThrow(/absolute http\(s\) URL/);
  });
});

describe('createHttp', () => {
  it('sends the bearer token, JSON bodies and query parameters (leaving out undefined)', async () => {
    const f = fakeFetch(() => json({ ok: true }, 201));
    const http = createHttp({ baseUrl: 'http://h', token: 'tok', fetch: f });
    expect(
      await http.request('POST', '/things', {
        body: { a: 1 },
        query: { x: 'a b', y: undefined, n: 2 },
      }),
    ).toEqual({ ok: true });
    const [req] = f.requests;
    expect(req!.method).toBe('POST');
    expect(req!.url.pathname).toBe('/api/v1/things');
    expect([...req!.url.searchParams]).toEqual([
      ['x', 'a b'],
      ['n', '2'],
    ]);
    expect(req!.headers['authorization']).toBe('Bearer tok');
    expect(req!.headers['content-type']).toBe('application/json');
    expect(req!.body).toEqual({ a: 1 });
  });

  it('sends no authorization header without a token', async () => {
    const f = fakeFetch(() => json({}));
    await createHttp({ baseUrl: 'http://h', fetch: f }).request('GET', '/x');
    expect(f.requests[0]!.headers['authorization']).toBeUndefined();
  });

  it('answers undefined for 204', async () => {
    const http = createHttp({
      baseUrl: 'http://h',
      fetch: fakeFetch(() => new Response(null, { status: 204 })),
    });
    expect(await http.request('DELETE', '/x/1')).toBeUndefined();
  });

  it('throws the typed error of a problem response', async () => {
    const http = createHttp({
      baseUrl: 'http://h',
      fetch: fakeFetch(() => json(problem('not_found', 404, 'No network with id n1'), 404)),
    });
    await expect(http.request('GET', '/networks/n1')).rejects.toSatisfy(
      (e) => e instanceof NotFoundError && (e as unknown as { status: number }).status === 404,
    );
  });

  it('turns a non-problem error response (a proxy page) into an error with its status', async () => {
    const http = createHttp({
      baseUrl: 'http://h',
      fetch: fakeFetch(
        () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    });
    await expect(http.request('GET', '/health')).rejects.toThrow(
      '502 Bad Gateway: <html>Bad gateway</html> (GET http://h/api/v1/health)',
    );
  });

  it('throws a clear error naming the URL when the network fails', async () => {
    const http = createHttp({
      baseUrl: 'http://127.0.0.1:9',
      fetch: fakeFetch(() =>
        Promise.reject(
          new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }),
        ),
      ),
    });
    const err = (await http.request('GET', '/health').catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toBe(
      'GET http://127.0.0.1:9/api/v1/health failed: fetch failed: connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(err.cause).toBeInstanceOf(TypeError);
  });

  it('throws naming the URL when a success body is not JSON', async () => {
    const http = createHttp({
      baseUrl: 'http://h',
      fetch: fakeFetch(() => new Response('hello', { status: 200 })),
    });
    await expect(http.request('GET', '/health')).rejects.toThrow(
      'GET http://h/api/v1/health answered 200 with a body that is not JSON',
    );
  });

  it('uses the global fetch by default: a refused connection names the URL', async () => {
    const http = createHttp({ baseUrl: 'http://127.0.0.1:1' });
    await expect(http.request('GET', '/health')).rejects.toThrow(
      /^GET http:\/\/127\.0\.0\.1:1\/api\/v1\/health failed: fetch failed/,
    );
  });
});
