import { ValidationError } from '@tessera/core';

/** The JSON of an optional request body: empty means `{}`; malformed is a 400 `ValidationError`. */
export function readOptionalJson(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('The request body is not valid JSON', [
      { path: [], message: 'invalid JSON' },
    ]);
  }
}
