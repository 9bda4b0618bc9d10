/**
 * The cached-read lane of a real instance on 127.0.0.1 (served by `serveApp`): a repeated public
 * read is answered from the read cache before routing, with the same headers, log line and
 * metrics as any answer, and never when the normal path would answer otherwise (a bad, revoked or
 * rate-limited token, junk parameters, a body, data changed by another process).
 */
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store, TOKEN_CACHE_MS, TokenRepository } from '@tessera/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { startTestInstance, type TestInstance } from '../testing/start-test-instance.js';

const lines: Record<string, unknown>[] = [];
const logger = createLogger({
  level: 'info',
  destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
});
const lineOf = (requestId: string) => lines.find((l) => l['requestId'] === requestId);
let n = 0;
const rid = () => `lane-${++n}`;

const dir = mkdtempSync(join(tmpdir(), 'tessera-lane-'));
const url = `file:${join(dir, 'hub.db')}`;
let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({ role: 'hub', url, logger, failedAuth: { limit: 3 } });
});
afterAll(async () => {
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Every header but those that differ by nature between two answers. */
const headersOf = (r: Response) =>
  Object.fromEntries(
    [...r.headers].filter(([k]) => !['date', 'x-request-id', 'keep-alive'].includes(k)),
  );

/**
 * Repeats `read` (with a fresh request id) until the lane answers it: on a loaded machine more than
 * the cache's 250 ms recheck can pass between two requests, and then the normal path answers.
 */
async function fromLane(read: (requestId: string) => Promise<Response>): Promise<Response> {
  for (let i = 0; ; i++) {
    const id = rid();
    const r = await read(id);
    if (lineOf(id)?.['cached'] || i === 20) return r;
    await r.arrayBuffer();
  }
}

describe('the cached-read lane', () => {
  it('answers a repeated public read from the cache: same bytes, headers, log line and count', async () => {
    const first = await t.request('/api/v1/networks?limit=5', {
      headers: { 'x-request-id': rid() },
    });
    const firstId = first.headers.get('x-request-id')!;
    const second = await fromLane((id) =>
      t.request('/api/v1/networks?limit=5', { headers: { 'x-request-id': id } }),
    );
    const secondId = second.headers.get('x-request-id')!;
    expect(secondId).toBe(`lane-${n}`);
    expect(await second.text()).toBe(await first.text());
    expect(headersOf(second)).toEqual(headersOf(first));
    expect(lineOf(firstId)).not.toHaveProperty('cached');
    expect(lineOf(secondId)).toMatchObject({
      method: 'GET',
      route: '/api/v1/networks',
      path: '/api/v1/networks',
      status: 200,
      cached: true,
    });
    const metrics = await (await t.request('/metrics')).text();
    const count =
      /tessera_http_requests_total\{method="GET",route="\/api\/v1\/networks",status="200"\} (\d+)/.exec(
        metrics,
      );
    expect(Number(count?.[1])).toBeGreaterThanOrEqual(2);
  });

  it('answers 304 to a current ETag, and makes a new request id for an unsafe one', async () => {
    const first = await t.request('/api/v1/networks?limit=6');
    const etag = first.headers.get('etag')!;
    const current = await fromLane((id) =>
      t.request('/api/v1/networks?limit=6', {
        headers: { 'if-none-match': etag, 'x-request-id': id },
      }),
    );
    expect(current.status).toBe(304);
    expect(lineOf(current.headers.get('x-request-id')!)).toMatchObject({
      status: 304,
      cached: true,
    });
    const unsafe = await t.request('/api/v1/networks?limit=6', {
      headers: { 'x-request-id': 'bad id<script>' },
    });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves a token holder from memory, but never a bad or revoked token', async () => {
    const read = (token: string, requestId = rid()) =>
      t.request('/api/v1/networks?limit=7', {
        headers: { authorization: `Bearer ${token}`, 'x-request-id': requestId },
      });
    expect((await read(t.tokens.viewer)).status).toBe(200);
    const held = await fromLane((id) => read(t.tokens.viewer, id));
    expect(held.status).toBe(200);
    expect(lineOf(held.headers.get('x-request-id')!)).toMatchObject({ cached: true });
    expect((await read('tsr_not-a-token')).status).toBe(401);
    const { token, info } = await new TokenRepository(t.store).create({ role: 'viewer' });
    await read(token);
    // revoked by another repository (as by another process): refused once memory expires
    await new TokenRepository(t.store).revoke(info.id);
    await new Promise((r) => setTimeout(r, TOKEN_CACHE_MS + 50));
    expect((await read(token)).status).toBe(401);
  });

  it('refuses (429) a rate-limited address even with a valid token and a cached answer', async () => {
    for (let i = 0; i < 3; i++)
      await t.request('/api/v1/networks?limit=7', { headers: { authorization: 'Bearer tsr_x' } });
    const r = await t.request('/api/v1/networks?limit=7', { as: 'viewer' });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBeTruthy();
  });

  it('never answers junk parameters or a request with a body', async () => {
    await t.request('/api/v1/networks?limit=8');
    expect((await t.request('/api/v1/networks?limit=8&junk=1')).status).toBe(400);
    const id = rid();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${t.url}/api/v1/networks?limit=8`, {
        method: 'GET',
        headers: { 'content-type': 'application/json', 'content-length': '2', 'x-request-id': id },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(200);
    expect(lineOf(id)).not.toHaveProperty('cached');
  });

  it("never serves a stale answer after another process's write", async () => {
    const names = async () =>
      (
        (await (await t.request('/api/v1/networks?limit=100')).json()) as {
          items: { name: string }[];
        }
      ).items.map((i) => i.name);
    expect(await names()).not.toContain('Written elsewhere');
    await names(); // now cached
    const other = await Store.open({ url, instance: 'hub' });
    try {
      await other.repo('network').create(
        { key: 'elsewhere', name: 'Written elsewhere', type: 'ahsn' },
        {
          actor: 'test',
          actorRole: 'admin',
        },
      );
    } finally {
      other.close();
    }
    // the cache asks the database for changes by others at least every 250 ms
    await new Promise((r) => setTimeout(r, 300));
    expect(await names()).toContain('Written elsewhere');
  });
});
