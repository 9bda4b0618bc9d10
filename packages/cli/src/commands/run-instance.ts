import type { TesseraConfig } from '../config/define-config.js';
import type { RunningInstance, ServeOptions } from './serve.js';

/** What `startInstance` takes, from resolved settings (`db` when the settings name none). */
export function serveOptionsOf(s: TesseraConfig, db: string): ServeOptions {
  return {
    db: s.db ?? db,
    port: s.port,
    host: s.host,
    instance: s.instance,
    role: s.role,
    plugins: s.plugins,
    ...(s.suppressionFloor !== undefined ? { suppressionFloor: s.suppressionFloor } : {}),
    ...(s.seed ? { seed: s.seed } : {}),
    ...(s.dbAuthToken ? { dbAuthToken: s.dbAuthToken } : {}),
    ...(s.hub ? { hub: { url: s.hub, token: s.hubToken!, intervalSeconds: s.syncInterval } } : {}),
  };
}

/**
 * Starts an instance with resolved settings (`tessera serve` and the deployments in apps/), and
 * stops it cleanly on SIGTERM or SIGINT.
 */
export async function runInstance(
  s: TesseraConfig,
  db: string,
  out: (line: string) => void,
): Promise<RunningInstance> {
  // loaded when serving only: the server and its dependencies are a tenth of a second other
  // commands need not pay
  const { startInstance } = await import('./serve.js');
  const running = await startInstance(serveOptionsOf(s, db), out);
  stopOnSignals(running.close, out);
  return running;
}

/**
 * SIGTERM or SIGINT: a clean stop (in-flight requests answered, the running sync finished, the
 * plugins' onClose run), then exit 0; a second signal exits at once.
 */
export function stopOnSignals(close: () => Promise<void>, out: (s: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    out(`${signal}: stopping (finishing requests in flight and the running sync)`);
    close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error('tessera: failed to stop cleanly', e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
