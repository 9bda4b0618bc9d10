import { ValidationError } from '@tessera/core';

/** Opaque list cursors: base64url JSON of the last id returned. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ after: lastId }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof v.after === 'string' && v.after.length > 0 && v.after.length <= 64) return v.after;
  } catch {
    // fall through
  }
  throw new ValidationError('The cursor is not one this server issued', [
    { path: ['cursor'], message: 'invalid cursor' },
  ]);
}
