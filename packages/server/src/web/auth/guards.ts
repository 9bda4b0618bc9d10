import type { Context, MiddlewareHandler } from 'hono';
import { PageError } from '../api-client.js';
import type { WebEnv, WebRole } from '../web-env.js';
import { canAct } from '../web-env.js';
import { csrfValid } from './csrf.js';
import { queryIssues, utf8Text } from '../../http/safe-url.js';

/** The body's text; a 400 page when its bytes are not UTF-8. */
async function strictBodyText(c: Context<WebEnv>): Promise<string> {
  const text = utf8Text(await c.req.arrayBuffer());
  if (text === undefined)
    throw new PageError(400, 'The form could not be read: it is not valid UTF-8');
  return text;
}

/** A submitted form's fields (the last value of each; files as File). */
export type FormFields = Record<string, string | File>;

/**
 * Reads a posted form and refuses it (403) unless it carries this visitor's CSRF token. Every
 * POST handler of the web app starts here.
 */
export async function readForm(c: Context<WebEnv>): Promise<FormFields> {
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type))
    throw new PageError(400, 'Send the form from its page');
  if (type.startsWith('application/x-www-form-urlencoded')) {
    // strictly decoded: a NUL, a lone surrogate or bytes that are not UTF-8 are refused, not stored
    const issues = queryIssues(await strictBodyText(c));
    if (issues.length)
      throw new PageError(
        400,
        `The form could not be read: ${issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
  }
  let body: Record<string, string | File | (string | File)[]>;
  try {
    body = (await c.req.parseBody()) as typeof body;
  } catch {
    throw new PageError(400, 'The form could not be read: send it from its page');
  }
  const fields: FormFields = {};
  for (const [k, v] of Object.entries(body)) {
    const value = Array.isArray(v) ? v[v.length - 1] : v;
    if (value !== undefined) fields[k] = value;
  }
  if (!csrfValid(c, fields['_csrf']))
    throw new PageError(
      403,
      'The form had expired or did not come from this site: go back, reload the page and try again',
    );
  return fields;
}

/** The string value of a form field ('' when missing or a file), trimmed. */
export const field = (form: FormFields, name: string): string => {
  const v = form[name];
  return typeof v === 'string' ? v.trim() : '';
};

/** Throws 401 without a session, 403 when its role is below `min` (the API checks again). */
export function requireWebRole(c: Context<WebEnv>, min: WebRole): void {
  if (!c.var.session) throw new PageError(401, 'Sign in to see this page');
  if (!canAct(c.var.session, min))
    throw new PageError(
      403,
      `This needs role ${min} or higher; you are signed in as ${c.var.session.role}`,
    );
}

/**
 * Pages for signed-in users only: a visitor asking for one is sent to sign in and brought back; a
 * POST without a session is refused (401).
 */
export const signedInOnly: MiddlewareHandler<WebEnv> = async (c, next) => {
  if (!c.var.session && c.req.method === 'GET')
    return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
  requireWebRole(c, 'viewer');
  return next();
};
