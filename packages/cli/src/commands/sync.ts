import { SingleBar, Presets } from 'cli-progress';
import { Store, readPluginRegistry } from '@tessera/store';
import { CliError } from '../cli-error.js';
import { syncWithHub, type SyncReport } from '@tessera/sync';

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
  // without its plugins' entities this instance's digest would leave their records out
  const missing = (await readPluginRegistry(store.client)).filter(
    (r) =>
      r.entities.some((e) => e.sync === 'shared') && !plugins.some((p) => p.manifest.id === r.id),
  );
  if (missing.length) {
    store.close();
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
  const bar = options.tty
    ? new SingleBar(
        {
          format: '{phase} [{bar}] {value}/{total} {detail}',
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      )
    : null;
  let lastPhase = '';
  let lastLine = 0;
  try {
    const report = await syncWithHub({
      store,
      hubUrl: options.hub,
      token: options.token,
      ...(options.verify ? { verify: true } : {}),
      ...(options.batch ? { maxChanges: options.batch } : {}),
      ...(options.inFlight ? { inFlight: options.inFlight } : {}),
      onProgress: (p) => {
        if (p.phase === 'push') {
          if (bar) {
            if (lastPhase !== 'push')
              bar.start(Math.max(p.total, 1), p.acked, { phase: 'push', detail: '' });
            bar.setTotal(Math.max(p.total, 1));
            bar.update(p.acked, { phase: 'push', detail: `${p.applied} applied` });
          } else if (Date.now() - lastLine > 1000 || p.acked >= p.total) {
            out(`push: ${p.acked}/${p.total} acknowledged, ${p.applied} applied`);
            lastLine = Date.now();
          }
        } else {
          if (bar && lastPhase === 'push') bar.stop();
          if (!bar && (Date.now() - lastLine > 1000 || lastPhase !== 'pull')) {
            out(`pull: cursor ${p.after}, ${p.applied} applied`);
            lastLine = Date.now();
          }
        }
        lastPhase = p.phase;
      },
    });
    bar?.stop();
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    out(
      `pushed ${report.push.applied} changes in ${report.push.batches} batches (${report.push.ignored} already there, ${report.push.quarantined} quarantined${report.push.resets ? `, ${report.push.resets} new epoch` : ''}) in ${seconds(report.ms.push)}; pulled ${report.pull.applied} in ${seconds(report.ms.pull)}; compared in ${seconds(report.ms.compare)}`,
    );
    out(
      `${store.instance}: ${report.local.records} live records, digest ${report.local.digest}; hub: ${report.hub ? `${report.hub.records} records, digest ${report.hub.digest}` : 'nothing yet'}`,
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
    return report;
  } finally {
    bar?.stop();
    store.close();
  }
}
