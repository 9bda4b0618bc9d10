import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { type Store, TokenRepository } from '@tessera/store';
import type { PluginInstance } from '@tessera/plugin';
import { createLogger, type Logger } from '../logging/logger.js';
import type { InstanceRole } from '../context.js';
import { createInstance } from '../instance/create-instance.js';
import { serveApp } from '../http/serve-app.js';

export interface TestInstance {
  url: string;
  store: Store;
  tokens: { admin: string; editor: string; viewer: string };
  /** fetch against the instance with an optional role's token. */
  request(
    path: string,
    init?: RequestInit & { as?: 'admin' | 'editor' | 'viewer' | 'none'; json?: unknown },
  ): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * Starts a real instance on 127.0.0.1 (an ephemeral port) over a libSQL database (`:memory:` by
 * default), with one token per role. For tests and examples.
 * @example const t = await startTestInstance(); const r = await t.request('/api/v1/health'); await t.stop();
 */
export async function startTestInstance(
  options: {
    url?: string;
    instance?: string;
    role?: InstanceRole;
    seed?: (store: Store) => Promise<unknown>;
    bodyLimitBytes?: number;
    plugins?: readonly PluginInstance[];
    /** Where the instance logs (default: nowhere). */
    logger?: Logger;
    /** Failed authentications per client address and window before 429. */
    failedAuth?: { limit?: number; windowMs?: number };
  } = {},
): Promise<TestInstance> {
  const instance = options.instance ?? (options.role === 'hub' ? 'hub' : 'test-local');
  const { app, store, close } = await createInstance({
    db: options.url ?? ':memory:',
    instance,
    role: options.role ?? 'local',
    plugins: options.plugins ?? [],
    ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
    ...(options.failedAuth ? { failedAuth: options.failedAuth } : {}),
    out: () => {},
    logger: options.logger ?? createLogger({ level: 'silent' }),
  });
  if (options.seed) await options.seed(store);
  const repo = new TokenRepository(store);
  const tokens = {
    admin: (await repo.create({ role: 'admin', name: 'test admin' })).token,
    editor: (await repo.create({ role: 'editor', name: 'test editor' })).token,
    viewer: (await repo.create({ role: 'viewer', name: 'test viewer' })).token,
  };
  const server: ServerType = await new Promise((resolve) => {
    const s = serveApp(app, { hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    tokens,
    request(path, init = {}) {
      const { as = 'none', json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (as !== 'none') headers.set('authorization', `Bearer ${tokens[as]}`);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(url + path, {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
    },
  };
}
