import { Worker } from 'node:worker_threads';

/**
 * The checkpointer's thread: its own connection to the database file, checkpointing the WAL into
 * it (PASSIVE: never blocking a writer or a reader) every `intervalMs`, until told to stop.
 */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
let stopped = false;
parentPort.on('message', (m) => { if (m === 'stop') stopped = true; });
import(workerData.client).then(async ({ createClient }) => {
  const client = createClient({ url: workerData.url, timeout: 1000 });
  while (!stopped) {
    try { await client.execute('PRAGMA wal_checkpoint(PASSIVE)'); } catch { /* busy or closing: next round */ }
    await new Promise((r) => setTimeout(r, workerData.intervalMs));
  }
  client.close();
  parentPort.close();
});
`;

/**
 * Checkpoints a WAL database in a background thread, so that no commit of the instance's own
 * thread stalls copying pages into the file and waiting for the disk (with auto-checkpointing,
 * the commit that crosses the threshold does it, and the event loop waits). Stops on `stop()`;
 * never keeps the process alive.
 */
export function startCheckpointer(url: string, intervalMs = 250): { stop(): void } {
  const worker = new Worker(WORKER, { eval: true, workerData: { client: import.meta.resolve('@libsql/client'), url, intervalMs } });
  worker.unref();
  // a checkpointer that cannot run leaves SQLite's auto-checkpoint (the backstop) to do the work
  worker.on('error', (e) => console.error('the background checkpointer stopped; SQLite checkpoints on commit instead', e));
  return {
    stop() {
      worker.postMessage('stop');
    },
  };
}
