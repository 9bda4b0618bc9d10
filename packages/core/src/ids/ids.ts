import { parse as parseUuid, v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** Namespace for Tessera's deterministic ids (a fixed UUID; never change it). */
export const TESSERA_NAMESPACE = '6f1c3a52-7d0e-4b8e-9a41-2f5d0c9e8b17';

// parsed once: uuid parses a namespace given as text on every call
const NAMESPACE_BYTES = parseUuid(TESSERA_NAMESPACE);
const utf8 = new TextEncoder();

const tags = new Map<string, string>();

/**
 * The 8 hex digits that bind an id to the instance that minted it: the end of a name-based UUID of
 * the instance id. The hub refuses a region's first push of an id that does not carry the region's
 * tag, so no region can create or claim a record under an id another origin minted.
 */
export function originTag(origin: string): string {
  let tag = tags.get(origin);
  if (!tag) {
    tag = uuidv5(`origin:${origin}`, TESSERA_NAMESPACE).slice(-8);
    if (tags.size < 10_000) tags.set(origin, tag);
  }
  return tag;
}

/**
 * A new globally unique, time-ordered record id (UUIDv7). Given the minting instance, its last 8
 * hex digits (random in plain UUIDv7) are the instance's `originTag`: the id is bound to its origin.
 * @example newId('region-a')
 */
export function newId(origin?: string): string {
  const id = uuidv7();
  return origin === undefined ? id : id.slice(0, -8) + originTag(origin);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `id` was minted by `origin` (`newId(origin)`): a UUID ending in the origin's tag. */
export function idMintedBy(id: string, origin: string): boolean {
  return id.length === 36 && UUID.test(id) && id.endsWith(originTag(origin));
}

/**
 * A deterministic id from an entity name and its natural key (ODS code, name...): every instance
 * that seeds the same fact offline derives the same id, so hub and regions agree when they sync.
 * @example naturalId('organisation', 'RJZ')
 */
export function naturalId(entity: string, ...key: (string | number)[]): string {
  // the name as UTF-8 bytes: the same UUID as uuid's own conversion of the text, without it
  return uuidv5(
    utf8.encode(`${entity}:${key.map((k) => String(k).trim().toLowerCase()).join('|')}`),
    NAMESPACE_BYTES,
  );
}
