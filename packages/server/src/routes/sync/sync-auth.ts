import { DomainError, ForbiddenError, NotFoundError } from '@tessera/core';
import type { Context } from 'hono';
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
