import { ValidationError } from '@tessera/core';

/** Opaque list cursors: base64url JSON of the last id returned. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

/** The characters of a record id (UUIDs, and the word-like ids of tests and plugins). */
const ID = /^[\w-]{1,64}$/;

/**
 * The id a cursor continues after. Only a cursor exactly as `encodeCursor` writes it is taken: no
 * other keys, no other encoding of the same text, an id's characters only.
 */
export function decodeCursor(cursor: string): string {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof v.after === 'string' && ID.test(v.after) && encodeCursor(v.after) === cursor)
      return v.after;
  } catch {
    // fall through
  }
  throw new ValidationError('The cursor is not one this server issued', [
    { path: ['cursor'], message: 'invalid cursor' },
  ]);
}
