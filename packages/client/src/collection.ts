import type { z } from 'zod';
import {
  findEntity,
  type EntityDefinition,
  type EntityRecord,
  type RecordEnvelope,
} from '@tessera/core';
import type { Http } from './http.js';

/** What `create` accepts for entity `E`: the input of its schema (defaults may be left out). */
export type EntityInput<E extends EntityDefinition> = z.input<E['schema']>;

/** What `update` accepts for entity `E`: any subset of its fields; `null` removes an optional field. */
export type EntityPatch<E extends EntityDefinition> = {
  [K in keyof EntityInput<E>]?: EntityInput<E>[K] | null;
};

/** A record of a collection addressed by name: the envelope plus untyped fields. */
export type LooseRecord = RecordEnvelope & Record<string, unknown>;

/** One page of a list: the records, and the cursor of the next page (`null` on the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Paging (`limit` 1-500, default 50; `cursor` from the previous page) and equality filters (`{ type: 'ahsn' }`). */
export type ListParams<F extends string = string> = {
  limit?: number;
  cursor?: string;
  owner?: string;
} & {
  [K in F]?: string | number | boolean | undefined;
};

/** The CRUD operations on one collection under `/api/v1/<collection>`. */
export interface CollectionClient<
  R,
  I = Record<string, unknown>,
  P = Record<string, unknown>,
  F extends string = string,
> {
  /** The URL segment, e.g. `assurance-returns`. */
  readonly collection: string;
  /** One page of records, in id order. */
  list(params?: ListParams<F>): Promise<Page<R>>;
  /** Every page in turn, following `nextCursor` until the last. @example for await (const page of c.listAll({ limit: 100 })) ... */
  listAll(params?: ListParams<F>): AsyncGenerator<Page<R>, void, undefined>;
  /** One record by id (`NotFoundError` if there is none). */
  get(id: string): Promise<R>;
  /** Creates a record (needs an editor token); answers the stored record with its envelope. */
  create(input: I): Promise<R>;
  /** Changes some fields; with `ifVersion` the change is refused (`ConflictError`) if the record has moved on. */
  update(id: string, patch: P, options?: { ifVersion?: number }): Promise<R>;
  /** Deletes a record (it becomes a tombstone for sync). */
  delete(id: string): Promise<void>;
}

/** A collection typed by its core entity definition. */
export type EntityCollection<E extends EntityDefinition> = CollectionClient<
  EntityRecord<E>,
  EntityInput<E>,
  EntityPatch<E>,
  E['filters'][number]
>;

/** A collection addressed by name: loose record types. */
export type LooseCollection = CollectionClient<LooseRecord>;

/** The URL segment of an entity definition, an entity name (`assurance-return`) or a collection (`assurance-returns`). */
export function collectionOf(nameOrEntity: string | EntityDefinition): string {
  if (typeof nameOrEntity !== 'string') return nameOrEntity.collection;
  const collection = findEntity(nameOrEntity)?.collection ?? nameOrEntity;
  if (!/^[a-z][a-z0-9-]*$/.test(collection))
    throw new TypeError(`Not a collection name: ${JSON.stringify(nameOrEntity)}`);
  return collection;
}

/** Makes the client of one collection. */
export function createCollection(
  http: Http,
  nameOrEntity: string | EntityDefinition,
): LooseCollection {
  const collection = collectionOf(nameOrEntity);
  const base = `/${collection}`;
  const one = (id: string) => {
    if (typeof id !== 'string' || id === '')
      throw new TypeError(`An id of ${collection} must be a non-empty string`);
    return `${base}/${encodeURIComponent(id)}`;
  };
  const list = (params: ListParams = {}) =>
    http.request<Page<LooseRecord>>('GET', base, { query: params });

  return {
    collection,
    list,
    async *listAll(params: ListParams = {}) {
      let cursor = params.cursor;
      const seen = new Set<string>();
      for (;;) {
        const page = await list({ ...params, cursor });
        yield page;
        if (!page.nextCursor) return;
        if (seen.has(page.nextCursor))
          throw new Error(
            `GET ${http.apiUrl}${base}: the server repeated the cursor ${page.nextCursor}`,
          );
        seen.add(page.nextCursor);
        cursor = page.nextCursor;
      }
    },
    get: async (id) => http.request<LooseRecord>('GET', one(id)),
    create: async (input) => http.request<LooseRecord>('POST', base, { body: input }),
    update: async (id, patch, options = {}) =>
      http.request<LooseRecord>('PATCH', one(id), {
        body: patch,
        ...(options.ifVersion !== undefined
          ? { headers: { 'if-match': String(options.ifVersion) } }
          : {}),
      }),
    delete: async (id) => {
      await http.request<void>('DELETE', one(id));
    },
  };
}
