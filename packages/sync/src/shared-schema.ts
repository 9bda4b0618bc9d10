import { z } from 'zod';
import { fieldPolicy, shareableFields, type EntityDefinition } from '@tessera/core';

const cache = new WeakMap<EntityDefinition, z.ZodObject>();

/** The schema of what may travel for an entity: its `shared` fields only, nothing unknown. */
export function sharedSchema(def: EntityDefinition): z.ZodObject {
  let s = cache.get(def);
  if (!s) {
    s = z
      .object(
        Object.fromEntries(shareableFields(def).map((f) => [f, def.schema.shape[f] as z.ZodType])),
      )
      .strict();
    cache.set(def, s);
  }
  return s;
}

const personalCache = new WeakMap<EntityDefinition, Set<string>>();

/** Fields of a payload that must never leave their instance (policy `local` or `aggregate`). */
export function personalFieldsIn(
  def: EntityDefinition,
  payload: Record<string, unknown>,
): string[] {
  let personal = personalCache.get(def);
  if (!personal) {
    personal = new Set(
      Object.keys(def.schema.shape).filter((k) => fieldPolicy(def, k) !== 'shared'),
    );
    personalCache.set(def, personal);
  }
  const found: string[] = [];
  for (const k in payload) if (personal.has(k)) found.push(k);
  return found;
}

/**
 * Entities the hub serves to every instance by pull: national data, the directory for the
 * navigator, and regions' opted-in shared directories (`sharedWithAll`).
 */
export function isPulled(def: EntityDefinition): boolean {
  return def.ownedBy === 'hub' || def.domain === 'networks' || def.sharedWithAll === true;
}
