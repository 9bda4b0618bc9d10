import type { EventHandler } from './event-bus.js';

/** A page of records. */
export interface RecordPage {
  items: Record<string, unknown>[];
  nextCursor: string | null;
}

/** The records of one entity, as a plugin may use them (through the host's repositories). */
export interface PluginRecords {
  list(options?: {
    filters?: Record<string, string | number | boolean>;
    limit?: number;
    cursor?: string;
  }): Promise<RecordPage>;
  get(id: string): Promise<Record<string, unknown> | undefined>;
  create(input: unknown): Promise<Record<string, unknown>>;
  update(id: string, patch: Record<string, unknown>): Promise<Record<string, unknown>>;
  delete(id: string): Promise<void>;
}

/** What the host gives a plugin: who it runs in, its data, its events, a logger. */
export interface PluginContext {
  readonly pluginId: string;
  readonly instance: string;
  readonly role: 'local' | 'hub';
  /** Records of any entity (core or this plugin's), by entity name; writes are audited as the plugin. */
  records(entity: string): PluginRecords;
  /** Subscribes to events after commit, e.g. `networks.membership.created`. */
  on(event: string, handler: EventHandler): () => void;
  log(message: string, data?: unknown): void;
}
