import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenRepository } from '@tessera/store';
import { bearerToken } from '../auth/auth.js';
import type { FailedAuthLimiter } from '../auth/failed-auth-limiter.js';
import type { ReadCache } from '../cache/read-cache.js';
import type { Logger } from '../logging/logger.js';
import {
  type AnswerListener,
  elapsedMs,
  logAnswered,
  requestIdOf,
} from '../logging/request-log.js';

/** Answers a node:http request at once and returns true, or returns false to leave it to Hono. */
export type NodeLane = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The cached-read lane: a `GET /api/...` whose public answer is in the read cache is answered from
 * its bytes before Hono builds a Request, routes and runs its middleware, which is most of what a
 * read costs. Only what needs nothing else is answered here, the rest goes the normal way:
 * - no body, and the exact path and query of a cached public answer (made by a route after it
 *   validated the query, so junk parameters never match);
 * - no token, or a token verified in the last `TOKEN_CACHE_MS` (an unknown, revoked or stale token
 *   goes the normal way: checked in the database, failures counted), from an address not refused
 *   for failed authentications;
 * - the cache checked less than its recheck interval ago for changes by another process.
 * The answer carries the same headers as any other (the security headers, ETag, request id; 304
 * for a current `If-None-Match`) and is logged and counted the same way.
 */
export function cachedReadLane(deps: {
  cache: ReadCache;
  tokens: TokenRepository;
  limiter: FailedAuthLimiter;
  /** The security headers every answer carries. */
  headers: Record<string, string>;
  logger: Logger;
  listener?: AnswerListener | undefined;
}): NodeLane {
  const { cache, tokens, limiter, logger, listener } = deps;
  const security = Object.entries(deps.headers).flat();
  const mayAnswer = (req: IncomingMessage): boolean => {
    if (req.method !== 'GET' || !req.url?.startsWith('/api/')) return false;
    if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'])
      return false;
    const authorization = req.headers.authorization;
    if (authorization === undefined) return true;
    // the socket's peer, as FailedAuthLimiter.address reads it through Hono
    if (limiter.retryAfter(req.socket.remoteAddress ?? 'unknown') > 0) return false;
    const token = bearerToken(authorization);
    return token !== undefined && tokens.verifiedInMemory(token) !== undefined;
  };
  return (req, res) => {
    const started = performance.now();
    if (!mayAnswer(req)) return false;
    const url = req.url!;
    const entry = cache.peekPublic(url);
    if (!entry) return false;
    const id = req.headers['x-request-id'];
    const requestId = requestIdOf(typeof id === 'string' ? id : undefined);
    const current = req.headers['if-none-match'] === entry.etag;
    const headers = [...security, 'etag', entry.etag, 'x-request-id', requestId];
    if (current) {
      res.writeHead(304, headers);
      res.end();
    } else {
      headers.push('content-type', 'application/json');
      headers.push('content-length', String(entry.body.byteLength));
      res.writeHead(200, headers);
      res.end(entry.body);
    }
    const query = url.indexOf('?');
    logAnswered(
      logger,
      {
        requestId,
        method: 'GET',
        route: entry.route,
        path: query === -1 ? url : url.slice(0, query),
        status: current ? 304 : 200,
        ms: elapsedMs(started),
        cached: true,
      },
      listener,
    );
    return true;
  };
}
