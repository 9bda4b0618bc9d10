import type { z } from 'zod';
import type { EntityDefinition, EntityRecord } from '@tessera/core';
import type { CoreEvents, RecordEvent, RecordOp } from './core-events.js';

/** A page of records of one entity. */
export interface RecordPage<R> {
  items: R[];
  nextCursor: string | null;
}

/** The records of one entity, typed by its schema (through the host's repositories). */
export interface PluginRecords<E extends EntityDefinition> {
  list(options?: {
    filters?: Partial<Record<E['filters'][number] | 'owner', string | number | boolean>>;
    limit?: number;
    cursor?: string;
  }): Promise<RecordPage<EntityRecord<E>>>;
  get(id: string): Promise<EntityRecord<E> | undefined>;
  /** Creates a record: the input is the entity's schema input (an unknown field does not compile). */
  create(input: z.input<E['schema']>): Promise<EntityRecord<E>>;
  update(id: string, patch: Partial<z.input<E['schema']>>): Promise<EntityRecord<E>>;
  delete(id: string): Promise<void>;
}

/** What the host gives a plugin: who it runs in, its data, its events, a logger. */
export interface PluginContext {
  readonly pluginId: string;
  readonly instance: string;
  readonly role: 'local' | 'hub';
  /** Records of an entity (a core one such as `membershipEntity`, or this plugin's); writes are audited as the plugin. */
  records<E extends EntityDefinition>(entity: E): PluginRecords<E>;
  /** Subscribes to a core event after commit, e.g. `networks.membership.created`. Returns an unsubscribe. */
  on<K extends keyof CoreEvents>(
    event: K,
    handler: (event: CoreEvents[K]) => void | Promise<void>,
  ): () => void;
  /** Subscribes to changes of any entity (this plugin's own, for instance) after commit. */
  onRecord<E extends EntityDefinition>(
    entity: E,
    op: RecordOp | '*',
    handler: (event: RecordEvent) => void | Promise<void>,
  ): () => void;
  log(message: string, data?: unknown): void;
}
