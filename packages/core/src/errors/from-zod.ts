import type { z } from 'zod';
import { ValidationError, type FieldIssue } from './domain-error.js';

/** Turns a zod error into a `ValidationError` carrying each failing field's path. */
export function validationErrorFromZod(
  error: z.ZodError,
  message = 'The input is not valid',
): ValidationError {
  const issues: FieldIssue[] = error.issues.flatMap((i): FieldIssue[] => {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // an unknown field is named by its own path, not its object's (unless already split per key)
    if (i.code === 'unrecognized_keys' && !(i.keys.length === 1 && path.at(-1) === i.keys[0]))
      return i.keys.map((k) => ({
        path: [...path, k],
        message: `unknown field "${k}"`,
        code: i.code as string,
      }));
    return [{ path, message: i.message, code: i.code as string }];
  });
  const first = issues[0];
  const detail = first
    ? `${message}: ${first.path.join('.') || '(root)'}: ${first.message}`
    : message;
  return new ValidationError(detail, issues, { cause: error });
}

/** Parses `input` with `schema`, throwing a `ValidationError` with field paths on failure. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  message?: string,
): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw validationErrorFromZod(r.error, message);
  return r.data;
}
