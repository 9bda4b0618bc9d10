import type { MiddlewareHandler } from 'hono';
import { type FieldIssue, unsafeTextReason, ValidationError } from '@tessera/core';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a body's bytes, or undefined when they are not UTF-8 (decoders would put U+FFFD in their place). */
export function utf8Text(bytes: ArrayBuffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** `s` percent-decoded, or undefined when its bytes are not UTF-8 (`%FF`, `%ED%A0%80`). */
function decoded(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** What is wrong with one percent-encoded part of a URL, if anything. */
function partIssue(raw: string): string | undefined {
  const text = decoded(raw);
  return text === undefined ? 'is not valid UTF-8 once decoded' : unsafeTextReason(text);
}

/**
 * The issues of a URL's path and query, each naming where it is: a part whose percent-encoding is
 * not UTF-8, or that decodes to a NUL or a lone surrogate (which SQLite and the JSON answers would
 * cut or replace). Decoders elsewhere would turn them into U+FFFD and match nothing, silently.
 */
export function urlIssues(url: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const q = url.indexOf('?', start);
  const path = url.slice(start, q === -1 ? undefined : q);
  for (const segment of path.split('/')) {
    const why = partIssue(segment);
    if (why) issues.push({ path: ['path'], message: `a path segment ${why}` });
  }
  if (q !== -1) issues.push(...queryIssues(url.slice(q + 1)));
  return issues;
}

/** The issues of a query string or a urlencoded form (`a=1&b=2`), each naming its parameter. */
export function queryIssues(query: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    // in a query, `+` is a space
    const rawKey = (eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, ' ');
    const rawValue = (eq === -1 ? '' : pair.slice(eq + 1)).replace(/\+/g, ' ');
    const keyWhy = partIssue(rawKey);
    if (keyWhy) {
      issues.push({ path: ['query'], message: `a parameter name ${keyWhy}` });
      continue;
    }
    const why = partIssue(rawValue);
    if (why) issues.push({ path: [decoded(rawKey)!], message: why });
  }
  return issues;
}

/** Refuses (400, naming the parameter) a request whose path or query carries unsafe text. */
export function safeUrl(): MiddlewareHandler {
  return async (c, next) => {
    const issues = urlIssues(c.req.url);
    if (issues.length)
      throw new ValidationError(
        `The request is not valid: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        issues,
      );
    return next();
  };
}
