import type { MiddlewareHandler } from 'hono';
import { DomainError, ForbiddenError, type EntityDefinition } from '@tessera/core';
import type { AppEnv, InstanceRole } from '../context.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * What anyone may post to: stateless computations (they read no data and write none), and the
 * public help request (strict, bounded and rate limited per address: routes/help).
 */
const PUBLIC_POSTS = /^\/api\/v1\/(spc(\/|$)|help-requests$)/;

/**
 * Authority before the body is read (DESIGN.md "API conventions"): a request that would write is
 * refused before its body is parsed when it has no token (401), a token that never writes here
 * (403: viewer; sync anywhere but the push), or targets a national entity on a local instance (403
 * `national_record`). An anonymous caller with a bad body learns nothing of the schema.
 */
export function writeGate(
  role: InstanceRole,
  entities: readonly EntityDefinition[],
  allowed: (path: string) => string[] = () => [],
): MiddlewareHandler<AppEnv> {
  const national = new Map(
    entities.filter((e) => e.authority === 'national').map((e) => [e.collection, e]),
  );
  return async (c, next) => {
    if (READS.has(c.req.method) || PUBLIC_POSTS.test(c.req.path)) return next();
    // a method no route takes at a path others do: 405 with Allow (app.notFound), whoever asks
    const methods = allowed(c.req.path);
    if (methods.length > 0 && !methods.includes(c.req.method)) return next();
    const auth = c.var.auth;
    if (!auth)
      throw new DomainError('unauthorized', 'Writing needs a bearer token (role editor or higher)');
    const push = c.req.path === '/api/v1/sync/push';
    if (push ? auth.role !== 'sync' : auth.role === 'viewer' || auth.role === 'sync')
      throw new ForbiddenError(
        push
          ? `Sync needs a token with role sync; this one has role ${auth.role}`
          : `Writing needs role editor or higher; the token has role ${auth.role}`,
      );
    const collection = /^\/api\/v1\/([a-z0-9-]+)(\/|$)/.exec(c.req.path)?.[1];
    const def = role === 'hub' || !collection ? undefined : national.get(collection);
    if (def)
      throw new ForbiddenError(
        `${def.collection} are national records: only the national hub writes them (rule national_record)`,
        { code: 'national_record', rule: 'national_record', entity: def.name },
      );
    return next();
  };
}
