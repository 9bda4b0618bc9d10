import { z } from 'zod';
import { fieldPolicy, shareableFields, type EntityDefinition } from '@tessera/core';

const cache = new WeakMap<EntityDefinition, z.ZodObject>();

/** The schema of what may travel for an entity: its `shared` fields only, nothing unknown. */
export function sharedSchema(def: EntityDefinition): z.ZodObject {
  let s = cache.get(def);
  if (!s) {
    s = z.object(Object.fromEntries(shareableFields(def).map((f) => [f, def.schema.shape[f] as z.ZodType]))).strict();
    cache.set(def, s);
  }
  return s;
}

/** Fields of a payload that must never leave their instance (policy `local` or `aggregate`). */
export function personalFieldsIn(def: EntityDefinition, payload: Record<string, unknown>): string[] {
  return Object.keys(payload).filter((k) => k in def.schema.shape && fieldPolicy(def, k) !== 'shared');
}

/** Entities the hub serves to every instance by pull: national data and the directory for the navigator. */
export function isPulled(def: EntityDefinition): boolean {
  return def.ownedBy === 'hub' || def.domain === 'networks';
}
