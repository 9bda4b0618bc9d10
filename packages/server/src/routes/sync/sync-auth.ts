import { DomainError, ForbiddenError, NotFoundError } from '@tessera/core';
import type { Context, MiddlewareHandler } from 'hono';
import { requireRole } from '../../auth/auth.js';
import type { AppEnv, InstanceRole } from '../../context.js';

/** The caller must hold a sync token; returns the instance it speaks for. */
export function requireSync(c: Context<AppEnv>): string {
  const auth = c.var.auth;
  if (!auth) throw new DomainError('unauthorized', 'Sync needs a bearer token with role sync');
  if (auth.role !== 'sync' || !auth.instance)
    throw new ForbiddenError(`Sync needs a token with role sync; this one has role ${auth.role}`);
  return auth.instance;
}

/** Push, pull and the origin's records are served by the hub only. */
export function hubOnly(role: InstanceRole): void {
  if (role !== 'hub')
    throw new NotFoundError(
      'This instance is not the hub: sync endpoints other than status are served by the national hub',
    );
}

/**
 * Who may call a sync route, checked as the route's first middleware, before its query or body is
 * validated (a caller without the right learns nothing of the schema):
 * - `sync`: the hub only, a sync token;
 * - `admin`: the hub only, an admin token;
 * - `reader`: a sync token (for its own origin only, `?origin=` read raw) or a viewer or better.
 */
export function syncGuard(
  role: InstanceRole,
  who: 'sync' | 'admin' | 'reader',
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (who !== 'reader') hubOnly(role);
    if (who === 'sync') requireSync(c);
    else if (who === 'admin') requireRole(c, 'admin');
    else if (c.var.auth?.role === 'sync') originReadable(c, c.req.query('origin'));
    else requireRole(c, 'viewer');
    await next();
  };
}

/**
 * The origin a read of sync state is about: a sync token reads only its own instance's (another
 * origin named is 403); a viewer or better reads any origin, or all of them.
 */
export function originReadable(c: Context<AppEnv>, asked: string | undefined): string | undefined {
  const auth = c.var.auth;
  if (auth?.role !== 'sync') return asked;
  const own = auth.instance ?? '';
  if (asked !== undefined && asked !== own)
    throw new ForbiddenError(
      `This sync token speaks for instance "${own}", not "${asked}": it reads only its own origin`,
      { origin: asked },
    );
  return own;
}
