import type { OpenAPIHono } from '@hono/zod-openapi';
import { checkPlugins, type PluginInstance } from '@tessera/plugin';
import { Store } from '@tessera/store';
import {
  HubClient,
  describeUnsyncable,
  startBackgroundSync,
  syncWithHub,
  unsyncableEntities,
} from '@tessera/sync';
import { createApp } from '../app.js';
import { createLogger, type Logger } from '../logging/logger.js';
import type { AppEnv, InstanceRole } from '../context.js';
import { pluginHostOf, type PluginHost } from '../plugins/plugin-host.js';
import { InstanceMetrics } from './instance-metrics.js';
import { readinessRoutes } from './readiness-routes.js';
import { SingleSync } from '../web/workspace/sync-trigger.js';

export interface CreateInstanceOptions {
  /** libSQL URL: `file:./data/x.db`, `:memory:`, or a remote `libsql://` / `http(s)://` server. */
  db: string;
  dbAuthToken?: string;
  /** This instance's id; `hub` for the national hub. */
  instance: string;
  role: InstanceRole;
  /** Plugins, wired explicitly: `[membershipPlugin({ invoiceDueDays: 30 })]`. */
  plugins?: readonly PluginInstance[];
  /** A region syncs with this hub in the background. */
  hub?: { url: string; token: string; intervalSeconds: number };
  bodyLimitBytes?: number;
  /** Failed authentications per client address and window before 429 (default 20 a minute). */
  failedAuth?: { limit?: number; windowMs?: number };
  /** Bound of the read cache in bytes (default 32 MB). */
  readCacheBytes?: number;
  /** Where lines about the instance go (sync progress, warnings); default the logger, at info. */
  out?: (line: string) => void;
  /** Where the request log and unexpected errors go (default: JSON lines on stdout). */
  logger?: Logger;
}

/** A wired instance: its app (serve `app.fetch`), its store, its plugins, and its shutdown. */
export interface Instance {
  app: OpenAPIHono<AppEnv>;
  store: Store;
  plugins: PluginHost;
  metrics: InstanceMetrics;
  /**
   * Stops the instance after the caller has stopped its HTTP server: waits for the running sync
   * to finish, runs the plugins' `onClose` (reverse order), then closes the database.
   */
  close(): Promise<void>;
}

/**
 * One call wires an instance: checks the plugins, opens the database with their tables (migrating
 * core and plugins), builds the app with their routes, runs their setup (awaited), adds readiness
 * (`/api/v1/health/ready`) and Prometheus metrics (`/metrics`), and starts the background sync of
 * a region with a hub.
 * @example const { app, close } = await createInstance({ db: 'file:./data/wessex.db', instance: 'ahsn-wessex', role: 'local', plugins: [membershipPlugin()] })
 */
export async function createInstance(options: CreateInstanceOptions): Promise<Instance> {
  const plugins = options.plugins ?? [];
  const logger = options.logger ?? createLogger();
  const out = options.out ?? ((line: string) => logger.info(line));
  checkPlugins(plugins);
  if (options.role === 'hub' && options.hub)
    throw new Error('The hub does not sync with a hub: leave out `hub`');
  const store = await Store.open({
    url: options.db,
    instance: options.instance,
    plugins: plugins.map((p) => p.manifest),
    ...(options.dbAuthToken ? { authToken: options.dbAuthToken } : {}),
  });
  try {
    let metrics: InstanceMetrics | undefined;
    const hub = options.hub;
    // one sync at a time, whether the background loop or the workspace's "sync now" starts it
    const syncs = hub
      ? new SingleSync(async () => {
          const r = await syncWithHub({ store, hubUrl: hub.url, token: hub.token, verify: true });
          metrics?.synced(r);
          return r;
        })
      : undefined;
    const app = createApp({
      store,
      role: options.role,
      plugins,
      onAnswered: (answer) => metrics?.answered(answer),
      ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
      logger,
      ...(options.failedAuth ? { failedAuth: options.failedAuth } : {}),
      ...(options.readCacheBytes ? { readCacheBytes: options.readCacheBytes } : {}),
      ...(syncs ? { syncNow: syncs.trigger } : {}),
    });
    const host = pluginHostOf(app);
    metrics = new InstanceMetrics({ store, role: options.role, bus: host.bus });
    const registry = metrics.registry;
    app.route('/api/v1', readinessRoutes(options.hub?.url));
    app.get('/metrics', async (c) =>
      c.body(await registry.metrics(), 200, { 'content-type': registry.contentType }),
    );
    await host.start();
    const stopSync = syncs && hub ? await startSync(store, hub, syncs, metrics, out) : undefined;
    let closing: Promise<void> | undefined;
    return {
      app,
      store,
      plugins: host,
      metrics,
      close: () =>
        (closing ??= (async () => {
          await stopSync?.();
          await host.close();
          store.close();
        })()),
    };
  } catch (e) {
    store.close();
    throw e;
  }
}

async function startSync(
  store: Store,
  hub: NonNullable<CreateInstanceOptions['hub']>,
  syncs: SingleSync,
  metrics: InstanceMetrics,
  out: (line: string) => void,
): Promise<() => Promise<void>> {
  // told at start-up: shared plugin entities the hub would not take (each sync refuses them too)
  try {
    const problems = await unsyncableEntities(
      store,
      await new HubClient({ hubUrl: hub.url, token: hub.token }).plugins(),
    );
    if (problems.length) out(`WARNING: ${describeUnsyncable(problems)}`);
  } catch (e) {
    out(`WARNING: cannot ask the hub at ${hub.url} which plugins it runs: ${(e as Error).message}`);
  }
  return startBackgroundSync({
    store,
    hubUrl: hub.url,
    token: hub.token,
    intervalMs: hub.intervalSeconds * 1000,
    log: (line) => {
      if (line.startsWith('sync: failed')) metrics.syncFailed();
      out(line);
    },
    // the runner counts each sync in the metrics, whichever started it
    sync: () => syncs.run(),
  });
}
