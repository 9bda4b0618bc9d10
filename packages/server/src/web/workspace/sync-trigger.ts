import type { SyncReport } from '@tessera/sync';
import type { SyncTrigger } from './sync-page.js';

/** What one sync did, in a sentence for the sync page. */
export function describeSync(r: SyncReport): string {
  const held = r.quarantined.length
    ? ` ${r.quarantined.length} change(s) are quarantined at the hub.`
    : '';
  return `Synced: ${r.push.applied} change(s) sent, ${r.pull.applied} received; the hub ${
    r.agree ? 'holds the same records as this instance' : 'differs from this instance'
  }.${held}`;
}

/**
 * One sync with the hub at a time, shared by the background loop and the workspace's "sync now":
 * `run` joins the sync under way, if any; `trigger` (the button) starts one, or says that one is
 * running (its result shows on the page once it ends).
 * @example const syncs = new SingleSync(() => syncWithHub({ store, hubUrl, token, verify: true }))
 */
export class SingleSync {
  #running: Promise<SyncReport> | undefined;
  constructor(private readonly sync: () => Promise<SyncReport>) {}

  /** The sync under way, or a new one. */
  run(): Promise<SyncReport> {
    this.#running ??= this.sync().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** "Sync now": a summary of the sync it ran, or that one is already running. */
  readonly trigger: SyncTrigger = async () => {
    if (this.#running)
      return 'A sync is already running: reload this page in a moment to see its result.';
    return describeSync(await this.run());
  };
}
