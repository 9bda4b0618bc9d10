import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EventBus } from '@tessera/plugin';
import type { Store } from '@tessera/store';
import { readSyncState, type SyncReport } from '@tessera/sync';
import type { InstanceRole } from '../context.js';
import type { AnsweredRequest } from '../logging/request-log.js';

/**
 * An instance's Prometheus metrics (one registry per instance, so several can run in a process):
 * requests by route and status, sync backlog, last sync, push and pull durations, quarantine
 * size, event-handler failures, and the process's own (memory, CPU, event loop).
 */
export class InstanceMetrics {
  readonly registry = new Registry();
  readonly #requests: Counter<'method' | 'route' | 'status'>;
  readonly #push: Histogram;
  readonly #pull: Histogram;
  readonly #lastSync: Gauge;
  readonly #syncFailures: Counter;

  constructor(options: { store: Store; role: InstanceRole; bus: EventBus }) {
    const { store, role, bus } = options;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'tessera_' });
    this.#requests = new Counter({
      name: 'tessera_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    const buckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
    this.#push = new Histogram({
      name: 'tessera_sync_push_seconds',
      help: 'Duration of the push phase of each sync with the hub',
      buckets,
      registers,
    });
    this.#pull = new Histogram({
      name: 'tessera_sync_pull_seconds',
      help: 'Duration of the pull phase of each sync with the hub',
      buckets,
      registers,
    });
    this.#lastSync = new Gauge({
      name: 'tessera_sync_last_success_timestamp_seconds',
      help: 'When the last sync with the hub succeeded (Unix time; 0 if never in this process)',
      registers,
    });
    this.#syncFailures = new Counter({
      name: 'tessera_sync_failures_total',
      help: 'Syncs with the hub that failed',
      registers,
    });
    new Gauge({
      name: 'tessera_sync_backlog',
      help: "This instance's own changes not yet acknowledged by the hub",
      registers,
      async collect() {
        if (role === 'hub') return this.set(0);
        const s = await readSyncState(store);
        const rs = await store.client.execute({
          sql: 'SELECT count(*) FROM change_log WHERE seq > ? AND owner = ?',
          args: [s.base + s.acked, store.instance],
        });
        this.set(Number(rs.rows[0]![0]));
      },
    });
    new Gauge({
      name: 'tessera_sync_quarantine_size',
      help: 'Changes held in quarantine (at the hub: from every region; at a region: its own)',
      registers,
      async collect() {
        const rs = await store.client.execute('SELECT count(*) FROM sync_quarantine');
        this.set(Number(rs.rows[0]![0]));
      },
    });
    new Gauge({
      name: 'tessera_event_handler_failures',
      help: 'Plugin event handlers that failed since start (the change stands)',
      registers,
      collect() {
        this.set(bus.stats().failures);
      },
    });
  }

  /** Counts an answered request by its route pattern (not its path: ids do not become labels). */
  answered(answer: AnsweredRequest): void {
    this.#requests.inc({
      method: answer.method,
      route: answer.route,
      status: String(answer.status),
    });
  }

  /** Records a finished sync with the hub. */
  synced(report: SyncReport): void {
    this.#push.observe(report.ms.push / 1000);
    this.#pull.observe(report.ms.pull / 1000);
    this.#lastSync.set(Date.now() / 1000);
  }

  syncFailed(): void {
    this.#syncFailures.inc();
  }
}
