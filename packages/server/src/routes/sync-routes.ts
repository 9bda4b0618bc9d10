import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DomainError, ForbiddenError, NotFoundError } from '@tessera/core';
import { syncQuarantine } from '@tessera/store';
import {
  OriginQueue,
  PushBatch,
  applyPush,
  pushScreener,
  faultPoint,
  hubStatus,
  localStatus,
  originRecords,
  pullFeed,
  recordPushError,
} from '@tessera/sync';
import { desc, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv, InstanceRole } from '../context.js';
import { requireRole } from '../auth/auth.js';
import { router } from './router.js';
import { Loose, errorResponses } from './schemas.js';

/** `PushBatch` as the JSON Schema (2020-12, as OpenAPI 3.1 uses) of the push route's body. */
const PUSH_BATCH_SCHEMA = (() => {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(PushBatch, {
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return schema;
})();

/** The caller must hold a sync token; returns the instance it speaks for. */
function requireSync(c: Context<AppEnv>): string {
  const auth = c.var.auth;
  if (!auth) throw new DomainError('unauthorized', 'Sync needs a bearer token with role sync');
  if (auth.role !== 'sync' || !auth.instance)
    throw new ForbiddenError(`Sync needs a token with role sync; this one has role ${auth.role}`);
  return auth.instance;
}

function hubOnly(role: InstanceRole): void {
  if (role !== 'hub')
    throw new NotFoundError(
      'This instance is not the hub: sync endpoints other than status are served by the national hub',
    );
}

/**
 * The sync API (DESIGN.md "Sync"): push and pull on the hub, the records the hub holds for an
 * origin (for reconciliation), the quarantine, and status on both sides.
 */
export function syncRoutes(role: InstanceRole): OpenAPIHono<AppEnv> {
  const app = router();
  // an origin's pushes apply in the order they arrived (it keeps more than one on its way)
  const queue = new OriginQueue();
  // push bodies are screened on a worker thread while the batch before is applied
  if (role === 'hub') pushScreener.warm();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/sync/push',
      tags: ['sync'],
      summary: 'Push a batch of an origin’s changes to the hub (exactly once)',
      security: [{ bearer: [] }],
      description:
        'Applies the batch in one transaction with the origin’s sequence mark. A replay is ignored; a gap answers 409 with `expectedSeq`; another instance’s record 403; a personal field 400; a schema version the hub cannot read 422; a poison record is quarantined and acknowledged.',
      // documented as JSON Schema, screened in the handler after the token is checked (on a worker thread,
      // while the origin's batch ahead is applied): the route validator would check it on the main thread
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: PUSH_BATCH_SCHEMA as never } },
        },
      },
      responses: {
        200: {
          description: 'Applied',
          content: {
            'application/json': {
              schema: Loose('PushResult', 'lastSeq, applied, ignored, quarantined'),
            },
          },
        },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
        409: errorResponses[409],
        413: errorResponses[413],
        422: errorResponses[422],
      },
    }),
    async (c) => {
      hubOnly(role);
      const instance = requireSync(c);
      let place = queue.enter(instance);
      try {
        // read and validated while the origin's batch ahead is applied; applied in its turn
        const body = new Uint8Array(await c.req.arrayBuffer());
        const actor = `sync:${instance}:${c.var.auth!.id}`;
        try {
          const screened = await pushScreener.screen(body, instance, c.var.store);
          await place.turn;
          let result: Awaited<ReturnType<typeof applyPush>>;
          try {
            result = await applyPush(c.var.store, screened, { actor });
          } catch (e) {
            // requests of an origin can arrive out of order (each is authenticated first): a batch that
            // overtook the one before it waits once behind the requests that came after it, and tries again
            if (
              !(
                e instanceof DomainError &&
                e.code === 'sequence_gap' &&
                queue.waiting(instance) > 1
              )
            )
              throw e;
            place.leave();
            place = queue.enter(instance);
            await place.turn;
            result = await applyPush(c.var.store, screened, { actor });
          }
          faultPoint('hub:after-commit');
          return c.json(result as never, 200);
        } catch (e) {
          // the error is recorded against the token's own instance, never the origin a batch claims, in its
          // turn (a batch ahead that commits after it would clear it)
          if (e instanceof DomainError && e.code !== 'sequence_gap') {
            await place.turn;
            await recordPushError(c.var.store, instance, actor, e.message);
          }
          throw e;
        }
      } finally {
        place.leave();
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/sync/pull',
      tags: ['sync'],
      summary: 'National data and the directory, after a cursor',
      security: [{ bearer: [] }],
      request: {
        query: z.object({
          after: z.coerce.number().int().min(0).default(0),
          afterKey: z.string().max(300).optional().meta({
            description:
              'nextKey of the previous page: lets the hub see that it was restored and start again',
          }),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
      },
      responses: {
        200: {
          description: 'A page of the hub’s feed',
          content: {
            'application/json': {
              schema: Loose('PullPage', 'hubEpoch, schemaVersion, changes, next, hasMore'),
            },
          },
        },
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      hubOnly(role);
      const requester = requireSync(c);
      const q = c.req.valid('query');
      return c.json(
        (await pullFeed(c.var.store, {
          after: q.after,
          requester,
          ...(q.afterKey ? { afterKey: q.afterKey } : {}),
          ...(q.limit ? { limit: q.limit } : {}),
        })) as never,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/sync/records',
      tags: ['sync'],
      summary: 'What the hub holds of the caller’s own records (for reconciliation)',
      security: [{ bearer: [] }],
      request: {
        query: z.object({
          owner: z.string().max(80),
          cursor: z.string().max(200).optional(),
          payload: z.enum(['true', 'false']).default('true'),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
      },
      responses: {
        200: {
          description: 'A page of records',
          content: { 'application/json': { schema: Loose('ManifestPage', 'entries, next') } },
        },
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      hubOnly(role);
      const instance = requireSync(c);
      const q = c.req.valid('query');
      if (q.owner !== instance)
        throw new ForbiddenError(`A sync token for ${instance} may only read its own records`);
      return c.json(
        (await originRecords(c.var.store, q.owner, {
          cursor: q.cursor ?? null,
          withPayload: q.payload === 'true',
          ...(q.limit ? { limit: q.limit } : {}),
        })) as never,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/sync/status',
      tags: ['sync'],
      summary: 'Sync status: per origin (hub) or of this instance (local), with record digests',
      security: [{ bearer: [] }],
      request: { query: z.object({ origin: z.string().max(80).optional() }) },
      responses: {
        200: {
          description: 'Status',
          content: {
            'application/json': {
              schema: Loose(
                'SyncStatus',
                'hub: origins with lastSeq, backlog, digest; local: epoch, acked, backlog, digest',
              ),
            },
          },
        },
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      if (c.var.auth?.role !== 'sync') requireRole(c, 'viewer');
      const origin = c.req.valid('query').origin;
      return c.json(
        (role === 'hub'
          ? await hubStatus(c.var.store, origin ? { origin } : {})
          : await localStatus(c.var.store)) as never,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/sync/quarantine',
      tags: ['sync'],
      summary: 'Changes that could never apply (poison records), newest first',
      security: [{ bearer: [] }],
      request: { query: z.object({ origin: z.string().max(80).optional() }) },
      responses: {
        200: {
          description: 'Quarantined changes',
          content: { 'application/json': { schema: Loose('Quarantine', 'items') } },
        },
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      if (c.var.auth?.role !== 'sync') requireRole(c, 'viewer');
      const origin =
        c.req.valid('query').origin ??
        (c.var.auth?.role === 'sync' ? (c.var.auth.instance ?? undefined) : undefined);
      const rows = await c.var.store.db
        .select()
        .from(syncQuarantine)
        .where(origin ? eq(syncQuarantine.origin, origin) : undefined)
        .orderBy(desc(syncQuarantine.id))
        .limit(500);
      return c.json({ items: rows } as never, 200);
    },
  );
  return app;
}
