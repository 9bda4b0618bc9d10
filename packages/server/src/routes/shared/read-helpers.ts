import type { EntityDefinition, EntityRecord } from '@tessera/core';
import type { Store, StoredRecord } from '@tessera/store';

type Filters = Record<string, string>;

/**
 * Records of an entity as its own type. The store checks every record against the entity's
 * schema when it is written (and migrations keep them so), so a stored record is one.
 */
export function asRecords<E extends EntityDefinition>(
  _def: E,
  records: readonly StoredRecord[],
): EntityRecord<E>[] {
  return records as unknown as EntityRecord<E>[];
}

/** One record of an entity as its own type (see `asRecords`). */
export function asRecord<E extends EntityDefinition>(
  _def: E,
  record: StoredRecord,
): EntityRecord<E> {
  return record as unknown as EntityRecord<E>;
}

/** Every live record of an entity matching equality filters (computed views read whole collections). */
export const readAll = async <E extends EntityDefinition>(
  store: Store,
  def: E,
  filters: Filters = {},
): Promise<EntityRecord<E>[]> => asRecords(def, await store.repo(def.name).all(filters));

/** Today's date, `YYYY-MM-DD` (UTC): the default `asOf` of computed views. */
export const today = (): string => new Date().toISOString().slice(0, 10);
