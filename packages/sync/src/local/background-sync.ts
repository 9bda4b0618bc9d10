import type { Store } from '@tessera/store';
import { syncWithHub, type SyncReport } from './sync-with-hub.js';

/**
 * Syncs with the hub every `intervalMs`, backing off exponentially (up to 5 minutes) while the hub
 * is unreachable or refusing, and back to the interval after a success. Returns a stop function.
 */
export function startBackgroundSync(options: {
  store: Store;
  hubUrl: string;
  token: string;
  intervalMs: number;
  log?: (line: string) => void;
  onSync?: (r: SyncReport) => void;
  /** Runs one sync (default `syncWithHub` with `verify`): share one with a "sync now" button. */
  sync?: () => Promise<SyncReport>;
}): () => Promise<void> {
  const log = options.log ?? (() => {});
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let failures = 0;
  const tick = () => {
    running = (async () => {
      try {
        // verify: an instance with nothing new to send still repairs a divergence (a restored or recreated hub)
        const r = options.sync
          ? await options.sync()
          : await syncWithHub({
              store: options.store,
              hubUrl: options.hubUrl,
              token: options.token,
              verify: true,
            });
        failures = 0;
        options.onSync?.(r);
        if (r.push.applied || r.pull.applied)
          log(
            `sync: pushed ${r.push.applied}, pulled ${r.pull.applied}; hub ${r.agree ? 'agrees' : 'differs'}`,
          );
      } catch (e) {
        failures++;
        log(`sync: failed (${failures} in a row): ${(e as Error).message}`);
      }
      if (!stopped) {
        const delay =
          failures === 0
            ? options.intervalMs
            : Math.min(options.intervalMs * 2 ** failures, 300_000);
        timer = setTimeout(tick, delay);
        timer.unref();
      }
    })();
  };
  tick();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
