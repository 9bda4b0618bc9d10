import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { WebEnv } from '../web-env.js';
import { isHttps } from './cookies.js';

/** The cookie that carries an anonymous visitor's CSRF secret (forms repeat it in `_csrf`). */
export const CSRF_COOKIE = 'tessera_csrf';

/**
 * The CSRF token for this response: the session's when signed in, else the visitor's cookie
 * (double submit; HttpOnly and SameSite=Lax, so another site can neither read nor send it).
 */
export function csrfTokenOf(c: Context<WebEnv>): string {
  const session = c.var.session;
  if (session) return session.csrf;
  const existing = getCookie(c, CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const fresh = randomBytes(32).toString('base64url');
  setCookie(c, CSRF_COOKIE, fresh, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
  });
  return fresh;
}

/** True when the form's `_csrf` matches the token this visitor or session holds. */
export function csrfValid(c: Context<WebEnv>, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || submitted.length === 0) return false;
  const expected = c.var.session?.csrf ?? getCookie(c, CSRF_COOKIE);
  if (!expected) return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
