import { Worker } from 'node:worker_threads';

/**
 * The checkpointer's thread: its own connection to the database file, checkpointing the WAL into
 * it (PASSIVE: never blocking a writer or a reader) every `intervalMs`, until told to stop.
 */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
let stopped = false;
let wake = () => {};
parentPort.on('message', (m) => { if (m === 'stop') { stopped = true; wake(); } });
import(workerData.client).then(async ({ createClient }) => {
  const client = createClient({ url: workerData.url, timeout: 1000 });
  while (!stopped) {
    try { await client.execute('PRAGMA wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: next round */ }
    await new Promise((r) => { wake = r; setTimeout(r, workerData.intervalMs); });
  }
  client.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** False once the thread has stopped or failed (SQLite's auto-checkpoint is then the only one). */
  readonly alive: boolean;
  /** Asks the thread to stop; it closes its connection at once (between checkpoints) and exits. */
  stop(): void;
}

/**
 * Checkpoints a WAL database in a background thread, so that no commit of the instance's own
 * thread stalls copying pages into the file and waiting for the disk (with auto-checkpointing,
 * the commit that crosses the threshold does it, and the event loop waits). Never keeps the
 * process alive.
 */
export function startCheckpointer(url: string, intervalMs = 250): Checkpointer {
  const worker = new Worker(WORKER, { eval: true, workerData: { client: import.meta.resolve('@libsql/client'), url, intervalMs } });
  worker.unref();
  let alive = true;
  worker.on('exit', () => (alive = false));
  worker.on('error', (e) => {
    alive = false;
    console.error('the background checkpointer stopped; SQLite checkpoints on commit instead', e);
  });
  return {
    get alive() {
      return alive;
    },
    stop() {
      if (alive) worker.postMessage('stop');
    },
  };
}
