/**
 * Instances in this process: a hub on a file that can be stopped and restarted on its port, region
 * stores on files with the sync token the hub issued, and served instances for the HTTP suites.
 */
import { join } from 'node:path';
import { startInstance, type RunningInstance } from '@tessera/cli';
import { Store, TokenRepository } from '@tessera/store';
import { type Cleanup, fileUrl } from './files.js';

/** An in-process hub on a database file; `restart` closes it and opens it again on the same port. */
export class Hub {
  readonly file: string;
  #running: RunningInstance | null = null;
  #port = 0;

  private constructor(file: string) {
    this.file = file;
  }

  static async start(
    dir: string,
    cleanup: Cleanup,
    options: { name?: string; seed?: boolean } = {},
  ): Promise<Hub> {
    const hub = new Hub(join(dir, options.name ?? 'hub.db'));
    await hub.open(options.seed ?? false);
    cleanup.add(() => hub.stop());
    return hub;
  }

  async open(seed = false): Promise<void> {
    if (this.#running) return;
    this.#running = await startInstance(
      {
        db: fileUrl(this.file),
        port: this.#port,
        host: '127.0.0.1',
        instance: 'hub',
        role: 'hub',
        ...(seed ? { seed: 'england' } : {}),
      },
      () => {},
    );
    this.#port = Number(new URL(this.#running.url).port);
  }

  /** Stops serving: requests in flight may finish within `graceMs`, then every socket is cut (as a crash would). */
  async stop(graceMs = 1500): Promise<void> {
    const r = this.#running;
    this.#running = null;
    if (r) {
      const timer = setTimeout(
        () => (r.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(),
        graceMs,
      );
      try {
        await r.close();
      } finally {
        clearTimeout(timer);
      }
      // let clients in this process see their keep-alive sockets closed before a restart on the same port
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  async restart(graceMs?: number): Promise<void> {
    await this.stop(graceMs);
    await this.open();
  }

  get running(): boolean {
    return this.#running !== null;
  }

  get url(): string {
    return this.#running?.url ?? `http://127.0.0.1:${this.#port}`;
  }

  get store(): Store {
    if (!this.#running) throw new Error('the hub is stopped');
    return this.#running.store;
  }

  async token(role: 'sync' | 'admin' | 'editor' | 'viewer', instance?: string): Promise<string> {
    return (
      await new TokenRepository(this.store).create({ role, ...(instance ? { instance } : {}) })
    ).token;
  }
}

/** A local instance as an in-process store on a file, with the sync token the hub issued for it. */
export class Region {
  readonly id: string;
  readonly file: string;
  token: string;
  #store: Store | null = null;

  private constructor(id: string, file: string, token: string) {
    this.id = id;
    this.file = file;
    this.token = token;
  }

  static async open(dir: string, id: string, hub: Hub | null, cleanup: Cleanup): Promise<Region> {
    const r = new Region(id, join(dir, `${id}.db`), hub ? await hub.token('sync', id) : '');
    await r.reopen();
    cleanup.add(() => r.close());
    return r;
  }

  async reopen(): Promise<void> {
    this.close();
    this.#store = await Store.open({ url: fileUrl(this.file), instance: this.id });
  }

  close(): void {
    this.#store?.close();
    this.#store = null;
  }

  get store(): Store {
    if (!this.#store) throw new Error(`region ${this.id} is closed`);
    return this.#store;
  }
}

/** `tessera serve` in process on 127.0.0.1 over a file in `dir`, seeded with England if asked. */
export async function serveInstance(
  dir: string,
  instance: string,
  role: 'hub' | 'local',
  cleanup: Cleanup,
  options: { seed?: boolean } = {},
): Promise<RunningInstance> {
  const r = await startInstance(
    {
      db: fileUrl(join(dir, `${instance}.db`)),
      port: 0,
      host: '127.0.0.1',
      instance,
      role,
      ...(options.seed ? { seed: 'england' } : {}),
    },
    () => {},
  );
  cleanup.add(() => r.close());
  return r;
}

/** A new token of a served instance (`extra`: its instance or scope). */
export async function tokenOf(
  r: { store: Store },
  role: string,
  extra: { instance?: string; scope?: string; name?: string } = {},
): Promise<string> {
  return (await new TokenRepository(r.store).create({ role, ...extra })).token;
}
