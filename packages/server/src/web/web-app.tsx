import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../logging/logger.js';
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { DomainError, errorInfo } from '@tessera/core';
import { allowedMethods } from '../http/allowed-methods.js';
import { FailedAuthLimiter } from '../auth/failed-auth-limiter.js';
import type { Store, TokenRepository } from '@tessera/store';
import type { InstanceRole } from '../context.js';
import { PageError } from './api-client.js';
import { assetRoutes } from './assets/asset-routes.js';
import { SESSION_COOKIE } from './auth/cookies.js';
import { csrfTokenOf } from './auth/csrf.js';
import { SessionStore } from './auth/session-store.js';
import { signInRoutes } from './auth/sign-in-routes.js';
import { ErrorPage } from './components/error-page.js';
import { assessmentRoutes } from './assessment/assessment-routes.js';
import { nationalRoutes } from './national/national-routes.js';
import { publicRoutes } from './public/public-routes.js';
import { renderPage } from './render-page.js';
import type { ApiFetch, WebEnv } from './web-env.js';
import { workspaceRoutes } from './workspace/workspace-routes.js';
import type { SyncTrigger } from './workspace/sync-page.js';

export interface WebAppOptions {
  store: Store;
  tokens: TokenRepository;
  instance: string;
  role: InstanceRole;
  /** The instance's own API, called in-process with the signed-in user's token. */
  api: ApiFetch;
  /** "Sync now" on a local instance that knows its hub. */
  syncNow?: SyncTrigger | undefined;
  /** Where a page's unexpected failure is logged (with the request id). */
  logger?: Logger;
  /** Failed sign-ins count with the API's failed authentications, per client address. */
  failedAuth?: FailedAuthLimiter;
}

/** Paths the web app leaves to the API, the API docs and the instance's metrics. */
const NOT_OURS = /^\/(api|docs|metrics)(\/|$)/;

/** The Content-Security-Policy of every page: scripts from the instance or with this nonce only. */
export const csp = (nonce: string) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // echarts' server-rendered SVG carries style attributes; no script can come through them
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * The web app: the navigator for everyone, the region's workspace and the national picture for
 * signed-in users, server-rendered in the NHS.UK design system. Mounted at `/` of the instance.
 */
export function webApp(options: WebAppOptions): Hono<WebEnv> {
  const sessions = new SessionStore(options.tokens);
  const web = new Hono<WebEnv>();
  const limit = bodyLimit({
    maxSize: 2 * 1024 * 1024,
    onError: (c) => c.text('The form is too large', 413),
  });

  web.use('*', async (c, next) => {
    if (NOT_OURS.test(c.req.path)) return next();
    if (c.req.path.startsWith('/assets/')) return next();
    const nonce = randomBytes(16).toString('base64');
    c.set('nonce', nonce);
    c.set('store', options.store);
    c.set('instance', options.instance);
    c.set('role', options.role);
    c.set('api', options.api);
    c.set('session', await sessions.get(getCookie(c, SESSION_COOKIE)));
    c.set('csrf', csrfTokenOf(c));
    c.header('content-security-policy', csp(nonce));
    c.header('cache-control', 'no-store');
    if (c.req.method === 'POST') return limit(c, next);
    return next();
  });

  web.route('/assets', assetRoutes());
  web.route('/', signInRoutes(sessions, options.failedAuth ?? new FailedAuthLimiter()));
  web.route('/', publicRoutes());
  if (options.role === 'local') web.route('/workspace', workspaceRoutes(options.syncNow));
  if (options.role === 'hub') web.route('/national', nationalRoutes());
  if (options.role === 'hub') web.route('/assessment', assessmentRoutes());

  const allowed = allowedMethods(web);
  web.all('*', (c, next) => {
    // routes mounted after the web app (readiness, metrics) answer these, or the app's 404 does
    if (NOT_OURS.test(c.req.path) || c.req.path.startsWith('/assets/')) return next();
    const methods = allowed(c.req.path);
    if (methods.length > 0 && !methods.includes(c.req.method)) {
      c.header('allow', methods.join(', '));
      return renderPage(c, 'Not allowed', <ErrorPage status={405} csrf={c.var.csrf} />, 405);
    }
    return renderPage(c, 'Page not found', <ErrorPage status={404} csrf={c.var.csrf} />, 404);
  });

  web.onError((err, c) => {
    const status =
      err instanceof PageError
        ? err.status
        : err instanceof DomainError
          ? errorInfo(err.code).status
          : 500;
    // a session whose token was revoked meanwhile ends (its token is not presented again), and
    // its visitor is asked to sign in again and brought back
    if (status === 401) sessions.signOut(getCookie(c, SESSION_COOKIE));
    if (status === 401 && c.req.method === 'GET')
      return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
    if (status === 500)
      options.logger?.error({ err, requestId: c.get('requestId') }, 'web page failed');
    const message = status === 500 ? undefined : err.message;
    return renderPage(
      c,
      status === 404
        ? 'Page not found'
        : status === 403
          ? 'Not allowed'
          : 'Sorry, there is a problem',
      <ErrorPage status={status} csrf={c.var.csrf ?? ''} message={message} />,
      (status >= 400 && status < 500 ? status : 500) as ContentfulStatusCode,
    );
  });
  return web;
}
