import type { Context } from 'hono';

/** The session cookie's name. */
export const SESSION_COOKIE = 'tessera_session';

/** True when the request reached us over https (directly or through a proxy that says so). */
export function isHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
