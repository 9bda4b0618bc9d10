import type { Context, MiddlewareHandler } from 'hono';
import { DomainError, ForbiddenError } from '@tessera/core';
import type { Role, TokenRepository } from '@tessera/store';
import type { AppEnv } from '../context.js';
import { sendProblem, problemOf } from '../problem/problem.js';
import { FailedAuthLimiter } from './failed-auth-limiter.js';

// an assessor reads what a viewer reads; its own steps (review, return, sign off) check its role and scope
const RANK: Record<Role, number> = { viewer: 1, assessor: 1, editor: 2, admin: 3, sync: 0 };

/**
 * Reads `Authorization: Bearer <token>`; a presented but unknown token is refused with 401. Failed
 * attempts are counted per client address: past the limit, 429 with `Retry-After`.
 */
export function authenticate(
  tokens: TokenRepository,
  limiter = new FailedAuthLimiter(),
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      c.set('auth', undefined);
      return next();
    }
    const address = FailedAuthLimiter.address(c);
    const wait = limiter.retryAfter(address);
    if (wait > 0) {
      c.header('retry-after', String(wait));
      return sendProblem(
        c,
        problemOf(
          'rate_limited',
          429,
          `Too many failed authentications from this address: try again in ${wait} s`,
          { retryAfter: wait },
        ),
      );
    }
    const token = bearerToken(header);
    const info = token ? await tokens.verify(token) : undefined;
    if (!info) {
      limiter.fail(address);
      throw new DomainError(
        'unauthorized',
        'The bearer token is not valid (unknown, revoked or malformed)',
      );
    }
    c.set('auth', info);
    return next();
  };
}

/** The token of an `Authorization: Bearer <token>` header, or undefined for any other form. */
export function bearerToken(header: string): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header)?.[1];
}

/** Throws 401 without a token and 403 when the token's role is below `min` (sync tokens rank lowest). */
export function requireRole(c: Context<AppEnv>, min: Exclude<Role, 'sync'>): void {
  const auth = c.var.auth;
  if (!auth)
    throw new DomainError('unauthorized', `This needs a bearer token with role ${min} or higher`);
  if (RANK[auth.role] < RANK[min])
    throw new ForbiddenError(`This needs role ${min} or higher; the token has role ${auth.role}`);
}

/** The write context of the caller (for ownership and the audit log). */
export function writerOf(c: Context<AppEnv>) {
  const auth = c.var.auth!;
  return { actor: `token:${auth.id}:${auth.name}`, actorRole: auth.role };
}
