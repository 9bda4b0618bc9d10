import { Store, readPluginRegistry } from '@tessera/store';
import type { PluginInstance } from '@tessera/plugin';
import { CliError } from '../cli-error.js';
import { syncWithHub, type SyncReport } from '@tessera/sync';
import { syncProgress } from './sync-progress.js';

export interface SyncCommandOptions {
  db: string;
  /** The instance's config file, for its plugins (their entities' records are synced and compared). */
  config?: string;
  hub: string;
  token: string;
  verify?: boolean;
  /** Changes per push batch, at most. */
  batch?: number;
  /** Push batches on their way to the hub at once. */
  inFlight?: number;
  /** Draw a progress bar (on a terminal) or print plain lines. */
  tty?: boolean;
}

/**
 * Refuses to sync a database with shared records of plugins not given: without their entities this
 * instance's digest would leave their records out.
 */
async function checkPlugins(store: Store, plugins: readonly PluginInstance[]): Promise<void> {
  const missing = (await readPluginRegistry(store.client)).filter(
    (r) =>
      r.entities.some((e) => e.sync === 'shared') && !plugins.some((p) => p.manifest.id === r.id),
  );
  if (!missing.length) return;
  throw new CliError(
    `this database has shared records of plugin ${missing
      .map(
        (m) =>
          `"${m.id}" (${m.entities
            .filter((e) => e.sync === 'shared')
            .map((e) => e.name)
            .join(', ')})`,
      )
      .join(', ')}: give --config with the instance's plugins`,
  );
}

/** Prints what a sync did and whether the hub and this instance agree. */
function printReport(report: SyncReport, instance: string, out: (line: string) => void): void {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  out(
    `pushed ${report.push.applied} changes in ${report.push.batches} batches (${report.push.ignored} already there, ${report.push.quarantined} quarantined${report.push.resets ? `, ${report.push.resets} new epoch` : ''}) in ${seconds(report.ms.push)}; pulled ${report.pull.applied} in ${seconds(report.ms.pull)}; compared in ${seconds(report.ms.compare)}`,
  );
  out(
    `${instance}: ${report.local.records} live records, digest ${report.local.digest}; hub: ${report.hub ? `${report.hub.records} records, digest ${report.hub.digest}` : 'nothing yet'}`,
  );
  if (report.repaired) out(`verify: re-sent ${report.repaired} records that differed`);
  for (const q of report.quarantined.slice(0, 50))
    out(`quarantined at the hub: ${q.entity} ${q.recordId} v${q.version}: ${q.reason}`);
  out(
    report.quarantined.length
      ? `NOT in sync: the hub has set aside ${report.quarantined.length} of this instance's changes`
      : report.agree
        ? 'in sync: the hub and this instance agree'
        : 'NOT in sync: the hub and this instance differ (run with --verify to repair)',
  );
}

/**
 * `tessera sync`: push then pull until caught up, then compare digests with the hub. Resolves with
 * the report; the CLI exits 0 only when hub and instance agree.
 */
export async function runSync(
  options: SyncCommandOptions,
  out: (line: string) => void,
): Promise<SyncReport> {
  const plugins = options.config
    ? (await (await import('../config/load-config.js')).loadConfig(options.config)).plugins
    : [];
  const store = await Store.open({ url: options.db, plugins: plugins.map((p) => p.manifest) });
  const progress = syncProgress(options.tty, out);
  try {
    await checkPlugins(store, plugins);
    const report = await syncWithHub({
      store,
      hubUrl: options.hub,
      token: options.token,
      ...(options.verify ? { verify: true } : {}),
      ...(options.batch ? { maxChanges: options.batch } : {}),
      ...(options.inFlight ? { inFlight: options.inFlight } : {}),
      onProgress: progress.onProgress,
    });
    progress.stop();
    printReport(report, store.instance, out);
    return report;
  } finally {
    progress.stop();
    store.close();
  }
}
