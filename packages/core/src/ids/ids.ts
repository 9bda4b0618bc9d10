import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';

/** Namespace for Tessera's deterministic ids (a fixed UUID; never change it). */
export const TESSERA_NAMESPACE = '6f1c3a52-7d0e-4b8e-9a41-2f5d0c9e8b17';

/** A new globally unique, time-ordered record id (UUIDv7). */
export function newId(): string {
  return uuidv7();
}

/**
 * A deterministic id from an entity name and its natural key (ODS code, name...): every instance
 * that seeds the same fact offline derives the same id, so hub and regions agree when they sync.
 * @example naturalId('organisation', 'RJZ')
 */
export function naturalId(entity: string, ...key: (string | number)[]): string {
  return uuidv5(
    `${entity}:${key.map((k) => String(k).trim().toLowerCase()).join('|')}`,
    TESSERA_NAMESPACE,
  );
}
