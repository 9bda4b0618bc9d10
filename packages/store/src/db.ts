import type { EntityDefinition } from '@tessera/core';
import type { Client } from '@libsql/client';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';

/**
 * The store's handle types, in a leaf module: repositories and internals import these instead of
 * `store.ts`, so the store and what it builds do not import each other.
 */
export type Db = LibSQLDatabase<Record<string, unknown>>;
/** A drizzle handle inside a write transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A record a committed transaction changed, as commit listeners hear of it. */
export interface CommittedChange {
  entity: string;
  id: string;
  op: 'upsert' | 'delete';
  version: number;
  owner: string;
}

/** What a repository needs of its store (the `Store` is one): handles, identity, serialised writes. */
export interface RepositoryHost {
  readonly client: Client;
  readonly db: Db;
  /** This instance's id. */
  readonly instance: string;
  /** Names of the entities kept `local` (no change log, never pushed). */
  readonly localOnly: ReadonlySet<string>;
  /** The entities this store holds (a reference names one of them). */
  readonly entities: readonly EntityDefinition[];
  /** Runs `fn` in one write transaction, after any write already running. */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Records a change of the current write transaction. */
  noteChange(change: CommittedChange): void;
}
