import type { MiddlewareHandler } from 'hono';
import { MAX_JSON_DEPTH, ValidationError } from '@tessera/core';
import type { AppEnv } from '../context.js';
import { utf8Text } from './safe-url.js';

/**
 * How deeply a JSON text nests (objects and arrays), by one pass over its characters (strings and
 * their escapes skipped), stopping past `cap`: no parse, no recursion, whatever the input.
 */
export function jsonTextDepth(text: string, cap = MAX_JSON_DEPTH + 1): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \\ */) i++;
      else if (ch === 34 /* " */) inString = false;
      continue;
    }
    if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max >= cap) return max;
      }
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
  }
  return max;
}

/** A body's text, refused (400) when its bytes are not UTF-8. */
async function strictText(req: { arrayBuffer(): Promise<ArrayBuffer> }): Promise<string> {
  const text = utf8Text(await req.arrayBuffer());
  if (text === undefined)
    throw new ValidationError('The body is not valid UTF-8', [
      { path: [], message: 'is not valid UTF-8', code: 'invalid_utf8' },
    ]);
  return text;
}

/**
 * Refuses (400) a text body (JSON, CSV, a form) that is not valid UTF-8, and a JSON body nesting
 * deeper than `MAX_JSON_DEPTH`, before any route parses or validates it. The sync push, read as
 * bytes off the main thread, checks its payloads itself.
 */
export function jsonDepthLimit(skip: (path: string) => boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || skip(c.req.path)) return next();
    const type = c.req.header('content-type') ?? '';
    if (!/json|^text\/|x-www-form-urlencoded/i.test(type)) return next();
    const text = await strictText(c.req);
    if (!/json/i.test(type)) return next();
    const depth = jsonTextDepth(text);
    if (depth > MAX_JSON_DEPTH)
      throw new ValidationError(`The body nests deeper than ${MAX_JSON_DEPTH} levels`, [
        { path: [], message: `nests deeper than ${MAX_JSON_DEPTH} levels`, code: 'too_deep' },
      ]);
    return next();
  };
}
