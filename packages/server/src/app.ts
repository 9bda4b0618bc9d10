import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { ConfigurationError, DomainError, ValidationError, coreEntities } from '@tessera/core';
import type { PluginInstance } from '@tessera/plugin';
import { mountPlugins, registerPluginHost } from './plugins/plugin-host.js';
import { TokenRepository, type Store } from '@tessera/store';
import type { AppContext, AppEnv, InstanceRole } from './context.js';
import { authenticate } from './auth/auth.js';
import { FailedAuthLimiter } from './auth/failed-auth-limiter.js';
import { writeGate } from './auth/write-gate.js';
import { allowedMethods } from './http/allowed-methods.js';
import { jsonDepthLimit } from './http/json-depth-limit.js';
import { safeUrl } from './http/safe-url.js';
import { errorToProblem, problemOf, sendProblem } from './problem/problem.js';
import { createLogger, type Logger } from './logging/logger.js';
import { type AnswerListener, requestLog } from './logging/request-log.js';
import { cachedReadLane } from './http/cached-read-lane.js';
import { setNodeLane } from './http/serve-app.js';
import { entityRoutes } from './routes/entities/entity-routes.js';
import { healthRoutes } from './routes/health/health-routes.js';
import { docsRoutes } from './docs/docs-routes.js';
import { router } from './routes/shared/router.js';
import { ReadCache } from './cache/read-cache.js';
import { navigatorRoutes } from './routes/navigator/navigator-routes.js';
import { insightRoutes } from './routes/insights/insight-routes.js';
import { assuranceRoutes } from './routes/assurance/assurance-routes.js';
import { auditRoutes } from './routes/audit/audit-routes.js';
import { improvementRoutes } from './routes/improvement/improvement-routes.js';
import { talentRoutes } from './routes/talent/talent-routes.js';
import { syncRoutes } from './routes/sync/sync-routes.js';
import { organisationImportRoutes } from './routes/organisations/organisation-import-routes.js';
import { HUB_PUSH_BODY_LIMIT } from '@tessera/sync';
import { webApp } from './web/web-app.js';
import { assessmentRoutes } from './routes/assessment/assessment-routes.js';
import { planAlignmentRoutes } from './routes/assessment/plan-alignment-routes.js';
import { helpRequestRoutes, type HelpRequestLimit } from './routes/help/help-request-routes.js';
import { expertSharingRoutes } from './routes/experts/expert-sharing-routes.js';
import { leaderDiversityRoutes } from './routes/diversity/leader-diversity-routes.js';
import { leadershipBaselineRoutes } from './routes/baseline/leadership-baseline-routes.js';

export interface CreateAppOptions {
  store: Store;
  /** This instance's id; must match the store's. */
  instance?: string;
  role: InstanceRole;
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimitBytes?: number;
  /**
   * Plugins, wired explicitly: `[membershipPlugin({ ... })]`. Their entities must be in the store and
   * their setup runs on `pluginHostOf(app).start()`: `createInstance` does both.
   */
  plugins?: readonly PluginInstance[];
  /** The web app's "sync now" button (a local instance that knows its hub): resolves with a summary. */
  syncNow?: () => Promise<string>;
  /** The public help requests' rate limit per client address (default 5 per 10 minutes). */
  helpRequests?: HelpRequestLimit;
  /**
   * Run first on every request, before any answer. With any, every request goes through Hono:
   * `serveApp` then answers no cached read before them.
   */
  middleware?: readonly MiddlewareHandler<AppEnv>[];
  /** Hears of every answered request, however it was answered (the instance's metrics). */
  onAnswered?: AnswerListener;
  /**
   * Where the request log and unexpected errors go: a pino logger (default: JSON lines on stdout
   * at the level of `TESSERA_LOG_LEVEL`, `info` when unset).
   */
  logger?: Logger;
  /** Failed authentications per client address and window before 429 (default 20 a minute). */
  failedAuth?: { limit?: number; windowMs?: number };
  /** Bound of the read cache in bytes (default 32 MB). */
  readCacheBytes?: number;
}

/** The headers `secureHeaders` sets by default (with CORP same-origin), for the cached-read lane's answers. */
const SECURITY_HEADERS: Record<string, string> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** The OpenAPI document's metadata. */
const INFO = {
  title: 'Tessera API',
  version: '1.0.0',
  description:
    'Tessera: the improvement and leadership development architecture of the 2015 review, as software. Each AHSN or LDP runs a local instance that syncs to the national hub. Errors are RFC 9457 problem details. Reads of personal data need a bearer token (role viewer or higher); writes need editor or admin.',
};

/**
 * Builds the Hono app of an instance: every entity's CRUD routes, computed views, health, the
 * OpenAPI 3.1 document at `/api/v1/openapi.json` and interactive docs at `/docs`.
 * @example const app = createApp({ store, role: 'local' }); serve({ fetch: app.fetch, port: 8787 })
 */
export function createApp(options: CreateAppOptions): OpenAPIHono<AppEnv> {
  const { store, role } = options;
  const instance = options.instance ?? store.instance;
  if (instance !== store.instance)
    throw new ConfigurationError(
      `The store belongs to instance "${store.instance}", not "${instance}"`,
    );
  const tokens = new TokenRepository(store);
  const cache = new ReadCache(
    store,
    options.readCacheBytes ? { maxBytes: options.readCacheBytes } : {},
  );
  const ctx: AppContext = { store, tokens, instance, role, entities: store.entities };
  const logger = options.logger ?? createLogger();

  const app = router();
  for (const m of options.middleware ?? []) app.use('*', m);

  answerErrors(app, logger);

  // Every request has an id (the caller's `x-request-id`, or a new one) and one log line.
  app.use('*', requestLog(logger, options.onAnswered));
  const limiter = new FailedAuthLimiter(options.failedAuth ?? {});
  if (!options.middleware?.length)
    setNodeLane(
      app,
      cachedReadLane({
        cache,
        tokens,
        limiter,
        headers: SECURITY_HEADERS,
        logger,
        listener: options.onAnswered,
      }),
    );
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  app.use('/api/*', async (c, next) => {
    c.set('store', store);
    c.set('tokens', tokens);
    c.set('cache', cache);
    return next();
  });
  app.use('/api/*', bodyLimits(options.bodyLimitBytes ?? 1024 * 1024));
  app.use('/api/*', authenticate(tokens, limiter));
  app.use('/api/*', writeGate(role, ctx.entities, allowedMethods(app)));
  app.use('/api/*', safeUrl());
  app.use(
    '/api/*',
    jsonDepthLimit((path) => path === '/api/v1/sync/push'),
  );

  const api = router();
  mountCoreRoutes(api, ctx, options.helpRequests);
  const plugins = mountPlugins({ api, store, role, plugins: options.plugins ?? [], logger });
  app.route('/api/v1', api);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `tessera token create`',
  });
  // the document takes no parameters: an unknown one is 400 naming it, as on every route
  app.use('/api/v1/openapi.json', async (c, next) => {
    const names = Object.keys(c.req.queries());
    if (names.length)
      throw new ValidationError(
        `The request is not valid: unknown parameter ${names.map((n) => `"${n}"`).join(', ')}`,
        names.map((n) => ({ path: [n], message: `unknown parameter "${n}"` })),
      );
    return next();
  });
  app.doc31('/api/v1/openapi.json', { openapi: '3.1.0', info: INFO, servers: [{ url: '/' }] });
  app.route('/docs', docsRoutes());
  const { syncNow } = options;
  const self = (r: Request, env?: object) => app.fetch(r, env);
  app.route(
    '/',
    webApp({ store, tokens, instance, role, logger, api: self, syncNow, failedAuth: limiter }),
  );
  registerPluginHost(app, plugins);
  return app;
}

/** Problem documents for every error, and 404 or 405 (with Allow) for a path no route takes. */
function answerErrors(app: OpenAPIHono<AppEnv>, logger: Logger): void {
  app.onError((err, c) =>
    sendProblem(
      c,
      errorToProblem(err, (message, e) =>
        logger.error({ err: e, requestId: c.get('requestId') }, message),
      ),
    ),
  );
  const allowed = allowedMethods(app);
  app.notFound((c) => {
    const methods = allowed(c.req.path);
    // a route of this method exists: the resource it names does not (404), else 405
    if (methods.length > 0 && !methods.includes(c.req.method)) {
      c.header('allow', methods.join(', '));
      return sendProblem(
        c,
        problemOf(
          'method_not_allowed',
          405,
          `${c.req.method} is not allowed on ${c.req.path}; allowed: ${methods.join(', ')}`,
        ),
      );
    }
    return sendProblem(
      c,
      problemOf('not_found', 404, `No route for ${c.req.method} ${c.req.path}`),
    );
  });
}

/** The body limits: a push batch's (larger), and every other request's; answered before the rest is read. */
function bodyLimits(maxBytes: number): MiddlewareHandler<AppEnv> {
  const pushLimit = bodyLimit({
    maxSize: HUB_PUSH_BODY_LIMIT,
    onError: (c) => {
      c.header('connection', 'close');
      return sendProblem(
        c,
        errorToProblem(
          new DomainError(
            'payload_too_large',
            `A push batch may be at most ${HUB_PUSH_BODY_LIMIT} bytes: split it`,
          ),
        ),
      );
    },
  });
  const apiLimit = bodyLimit({
    maxSize: maxBytes,
    // Answer before reading the rest, and close the connection: the unread body must not be taken for the next request.
    onError: (c) => {
      c.header('connection', 'close');
      return sendProblem(
        c,
        errorToProblem(
          new DomainError('payload_too_large', `The request body exceeds ${maxBytes} bytes`),
        ),
      );
    },
  });
  return (c, next) => (c.req.path === '/api/v1/sync/push' ? pushLimit(c, next) : apiLimit(c, next));
}

/** The core API: the domain's routes, then CRUD for every core entity. */
function mountCoreRoutes(
  api: OpenAPIHono<AppEnv>,
  ctx: AppContext,
  helpRequests: CreateAppOptions['helpRequests'],
): void {
  const { instance, role } = ctx;
  api.route('/', healthRoutes(instance, role));
  api.route('/', auditRoutes());
  api.route('/', syncRoutes(role));
  api.route('/', navigatorRoutes());
  api.route('/', insightRoutes());
  api.route('/', assuranceRoutes());
  api.route('/', improvementRoutes());
  api.route('/', talentRoutes());
  api.route('/', organisationImportRoutes());
  api.route('/', assessmentRoutes(role));
  api.route('/', planAlignmentRoutes());
  api.route('/', helpRequestRoutes(helpRequests));
  api.route('/', expertSharingRoutes());
  api.route('/', leaderDiversityRoutes());
  api.route('/', leadershipBaselineRoutes());
  const core = new Set(coreEntities);
  for (const def of ctx.entities) if (core.has(def)) api.route('/', entityRoutes(def));
}
