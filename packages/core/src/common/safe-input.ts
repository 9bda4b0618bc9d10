import { ValidationError, type FieldIssue } from '../errors/domain-error.js';

/** How deeply a JSON input may nest (objects and arrays), everywhere input is taken. */
export const MAX_JSON_DEPTH = 64;

/** A NUL, or half of a surrogate pair without its other half: text SQLite and JSON cannot keep as given. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as it is (a NUL byte is cut by SQLite, a lone surrogate replaced), or undefined. */
export function unsafeTextReason(s: string): string | undefined {
  const m = UNSAFE.exec(s);
  if (!m) return undefined;
  return m[0] === '\u0000'
    ? 'must not contain a NUL character (U+0000)'
    : 'must not contain a lone surrogate (text that is not valid Unicode)';
}

/**
 * Every problem of an input that no schema should have to think of: nesting deeper than
 * `MAX_JSON_DEPTH`, and strings (values or keys) with a NUL or a lone surrogate. Iterative, so a
 * hostile depth never exhausts the stack. At most `limit` issues.
 */
export function unsafeInputIssues(input: unknown, limit = 20): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // each entry knows its parent and key: a field's path is built only when it has an issue (a
  // bulk import checks millions of fields and finds none)
  interface Entry {
    value: unknown;
    parent: Entry | null;
    key: string | number;
    depth: number;
  }
  const pathOf = (e: Entry): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let at: Entry | null = e; at?.parent; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  const stack: Entry[] = [{ value: input, parent: null, key: '', depth: 0 }];
  while (stack.length && issues.length < limit) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (typeof value === 'string') {
      const why = unsafeTextReason(value);
      if (why) issues.push({ path: pathOf(entry), message: why, code: 'unsafe_text' });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      issues.push({
        path: pathOf(entry).slice(0, 8),
        message: `nests deeper than ${MAX_JSON_DEPTH} levels`,
        code: 'too_deep',
      });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], parent: entry, key: i, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      const why = unsafeTextReason(key);
      if (why)
        issues.push({
          path: [...pathOf(entry), key],
          message: `its name ${why}`,
          code: 'unsafe_text',
        });
      stack.push({
        value: (value as Record<string, unknown>)[key],
        parent: entry,
        key,
        depth: depth + 1,
      });
    }
  }
  return issues;
}

/** Throws a `ValidationError` naming the fields when `unsafeInputIssues` finds any. */
export function assertSafeInput(input: unknown, message = 'The input is not valid'): void {
  const issues = unsafeInputIssues(input);
  if (issues.length === 0) return;
  const first = issues[0]!;
  throw new ValidationError(
    `${message}: ${first.path.join('.') || '(root)'}: ${first.message}`,
    issues,
  );
}

/** How deeply `input` nests (objects and arrays), counting no further than `cap`. Iterative. */
export function jsonDepth(input: unknown, cap = MAX_JSON_DEPTH + 1): number {
  let max = 0;
  const stack: [unknown, number][] = [[input, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const d = depth + 1;
    if (d > max) max = d;
    if (max >= cap) return max;
    for (const v of Array.isArray(value) ? value : Object.values(value)) stack.push([v, d]);
  }
  return max;
}
