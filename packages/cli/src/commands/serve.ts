import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import type { Store } from '@tessera/store';
import {
  TokenRepository,
  seedEngland,
  setSuppressionFloor,
  suppressionFloor,
} from '@tessera/store';
import { createInstance, type InstanceRole, type Logger, serveApp } from '@tessera/server';
import type { PluginInstance } from '@tessera/plugin';
import { CliError } from '../cli-error.js';
import { terminalLogger } from '../terminal-logger.js';

export interface ServeOptions {
  db: string;
  port: number;
  host: string;
  instance: string;
  role: InstanceRole;
  seed?: string;
  dbAuthToken?: string;
  /** Plugins to wire (deployments in apps/ pass theirs). */
  plugins?: readonly PluginInstance[];
  /** The smallest count a published aggregate shows (small-number suppression). */
  suppressionFloor?: number;
  /** Sync with this hub in the background. */
  hub?: { url: string; token: string; intervalSeconds: number };
  /** Where the request log and errors go (default: JSON lines on stdout, readable on a terminal). */
  logger?: Logger;
}

export interface RunningInstance {
  url: string;
  store: Store;
  server: ServerType;
  /** The admin token created on first start, if this start created one. */
  firstAdminToken?: string;
  close(): Promise<void>;
}

/** Opens the database, seeds it if asked, creates the first admin token on an empty database, and listens. */
export async function startInstance(
  options: ServeOptions,
  out: (line: string) => void = console.log,
): Promise<RunningInstance> {
  if (options.role === 'hub' && options.instance !== 'hub') {
    throw new CliError(
      `The national hub's instance id is "hub" (national reference data is owned by it); got --instance ${options.instance}`,
    );
  }
  if (options.seed && options.seed !== 'england')
    throw new CliError(`Unknown seed "${options.seed}"; seeds: england`);
  const instance = await createInstance({
    db: options.db,
    instance: options.instance,
    role: options.role,
    plugins: options.plugins ?? [],
    ...(options.dbAuthToken ? { dbAuthToken: options.dbAuthToken } : {}),
    ...(options.hub ? { hub: options.hub } : {}),
    logger: options.logger ?? (await terminalLogger()),
    out,
  });
  const { store } = instance;
  try {
    if (options.seed) {
      const report = await seedEngland(store);
      out(
        `Seeded England: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged (${report.ods.trusts} NHS trusts)`,
      );
    }
    if (
      options.suppressionFloor !== undefined &&
      options.suppressionFloor !== (await suppressionFloor(store))
    ) {
      await setSuppressionFloor(store, options.suppressionFloor);
      out(`Suppression floor set to ${options.suppressionFloor}`);
    }
    const tokens = new TokenRepository(store);
    let firstAdminToken: string | undefined;
    if ((await tokens.count()) === 0) {
      firstAdminToken = (
        await tokens.create({ role: 'admin', name: 'first admin (created on first start)' })
      ).token;
      out(`Created the first admin token (shown once; keep it safe):\n  ${firstAdminToken}`);
    }
    const server = await listen(instance.app, options.host, options.port);
    const port = (server.address() as AddressInfo).port;
    const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
    out(`Tessera instance "${store.instance}" (role ${options.role}) on ${options.db}`);
    out(`Listening on ${url}  web app: ${url}/  API docs: ${url}/docs`);
    if (options.hub) out(`Syncing with ${options.hub.url} every ${options.hub.intervalSeconds}s`);
    let closing: Promise<void> | undefined;
    return {
      url,
      store,
      server,
      ...(firstAdminToken ? { firstAdminToken } : {}),
      close: () => (closing ??= shutDown(server, instance.close)),
    };
  } catch (e) {
    await instance.close();
    throw e;
  }
}

/**
 * A clean stop: no new connections, idle keep-alive connections closed, requests in flight
 * answered (their connections then close), then the instance (the running sync finishes, the
 * plugins' onClose run, the database closes). Connections still busy after 10 s are cut.
 */
async function shutDown(server: ServerType, closeInstance: () => Promise<void>): Promise<void> {
  const http = server as ServerType & {
    closeIdleConnections?: () => void;
    closeAllConnections?: () => void;
  };
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  http.closeIdleConnections?.();
  // a keep-alive connection that goes idle after its answer is closed by the next sweep
  const sweep = setInterval(() => http.closeIdleConnections?.(), 100);
  const cut = setTimeout(() => http.closeAllConnections?.(), 10_000);
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cut);
  }
  await closeInstance();
}

function listen(
  app: Parameters<typeof serveApp>[0],
  hostname: string,
  port: number,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serveApp(app, { hostname, port }, () => resolve(server));
    // keep idle connections longer than clients do, so a client never writes on a socket being closed
    (server as { keepAliveTimeout?: number }).keepAliveTimeout = 65_000;
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(
          new CliError(
            `Port ${port} on ${hostname} is already in use: stop the other process or choose another --port`,
          ),
        );
      else if (err.code === 'EACCES')
        reject(new CliError(`Not allowed to listen on port ${port}: choose a port above 1023`));
      else reject(err);
    });
  });
}
