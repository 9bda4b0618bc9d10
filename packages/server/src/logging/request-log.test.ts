/**
 * The request log of a real instance, read back as JSON lines: one line per request with method,
 * route, status, duration and request id (the caller's `x-request-id`, or a new one answered in the
 * same header); unexpected errors logged with the request id; levels from `TESSERA_LOG_LEVEL`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { definePlugin } from '@tessera/plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestInstance, type TestInstance } from '../testing/start-test-instance.js';
import { createLogger, logLevelFromEnv } from './logger.js';

/** A pino destination that keeps each line, parsed. */
function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  return { lines, write: (line: string) => void lines.push(JSON.parse(line)) };
}

const crashing = definePlugin({
  id: 'crashing',
  apiVersion: 2,
  version: '1.0.0',
  routes: () => {
    const app = new OpenAPIHono();
    app.get('/boom', () => {
      throw new Error('disk on fire');
    });
    return app;
  },
});

describe('the request log', () => {
  const log = memoryLog();
  let t: TestInstance;
  beforeAll(async () => {
    t = await startTestInstance({
      plugins: [crashing()],
      logger: createLogger({ level: 'info', destination: log }),
    });
  });
  afterAll(() => t.stop());

  const linesOf = (requestId: string) => log.lines.filter((l) => l['requestId'] === requestId);

  it("writes one line per request: method, route, status, ms and the caller's request id", async () => {
    const r = await t.request('/api/v1/networks/no-such-id', {
      as: 'viewer',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(r.status).toBe(404);
    expect(r.headers.get('x-request-id')).toBe('trace-123');
    const [line, ...more] = linesOf('trace-123');
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      route: '/api/v1/networks/:id',
      path: '/api/v1/networks/no-such-id',
      status: 404,
    });
    expect(typeof line!['ms']).toBe('number');
    expect(line!['ms']).toBeGreaterThanOrEqual(0);
  });

  it('makes a request id when the caller sends none, and answers it', async () => {
    const r = await t.request('/api/v1/health');
    const id = r.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(id!)).toMatchObject([{ method: 'GET', route: '/api/v1/health', status: 200 }]);
  });

  it('logs an unexpected error with its stack and the request id, and the 500 at error level', async () => {
    const r = await t.request('/api/v1/plugins/crashing/boom', {
      headers: { 'x-request-id': 'boom-1' },
    });
    expect(r.status).toBe(500);
    const lines = linesOf('boom-1');
    const failure = lines.find((l) => l['msg'] === 'plugin failed');
    expect(failure).toMatchObject({ level: 50, plugin: 'crashing' });
    expect((failure!['err'] as { message: string; stack: string }).message).toBe('disk on fire');
    expect((failure!['err'] as { stack: string }).stack).toContain('request-log.test.ts');
    expect(lines.find((l) => l['msg'] === 'request')).toMatchObject({ level: 50, status: 500 });
  });
});

describe('log levels', () => {
  it('come from TESSERA_LOG_LEVEL (default info), and a wrong one is refused', () => {
    expect(logLevelFromEnv({})).toBe('info');
    expect(logLevelFromEnv({ TESSERA_LOG_LEVEL: 'WARN' })).toBe('warn');
    expect(() => logLevelFromEnv({ TESSERA_LOG_LEVEL: 'loud' })).toThrow(/TESSERA_LOG_LEVEL/);
  });

  it('leave out request lines below the level', async () => {
    const log = memoryLog();
    const t = await startTestInstance({
      logger: createLogger({ level: 'warn', destination: log }),
    });
    try {
      expect((await t.request('/api/v1/health')).status).toBe(200);
      expect((await t.request('/api/v1/nothing-here')).status).toBe(404);
    } finally {
      await t.stop();
    }
    expect(log.lines).toEqual([]);
  });
});
