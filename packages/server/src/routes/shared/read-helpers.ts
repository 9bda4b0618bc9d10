import type { Store, StoredRecord } from '@tessera/store';

/** Every live record of an entity matching equality filters (computed views read whole collections). */
export const readAll = (
  store: Store,
  entity: string,
  filters: Record<string, string> = {},
): Promise<StoredRecord[]> => store.repo(entity).all(filters);

/** Today's date, `YYYY-MM-DD` (UTC): the default `asOf` of computed views. */
export const today = (): string => new Date().toISOString().slice(0, 10);
