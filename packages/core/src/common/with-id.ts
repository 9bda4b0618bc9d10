/**
 * A record as the domain functions take it: the entity's fields plus its `id`. Stored records
 * (`EntityRecord`, with the sync envelope) fit this shape too.
 * @example const org: WithId<Organisation> = { id: 'o1', name: 'Leeds', type: 'acute' };
 */
export type WithId<T> = T & { id: string };
