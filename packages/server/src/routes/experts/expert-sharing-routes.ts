import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { queryInt } from '../shared/query-int.js';
import { z } from 'zod';
import { organisationEntity, sharedExpertEntity } from '@tessera/core';
import type { StoredRecord } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { router } from '../shared/router.js';
import { asRecord, readAll, today } from '../shared/read-helpers.js';
import { errorResponses, recordSchema } from '../shared/schemas.js';

/** The answer to stopping the sharing of an expert this instance had not shared. */
const NotSharedSchema = z
  .object({ expertId: z.string(), deleted: z.literal(true) })
  .meta({ id: 'ExpertNotShared' });

const SharedExpertHitsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        organisationId: z.string(),
        organisationName: z.string().nullable(),
        expertise: z.array(z.string()),
        sharedOn: z.string(),
        sharedBy: z.string(),
      }),
    ),
  })
  .meta({ id: 'SharedExpertHits', description: 'Cards of shared experts' });

const Id = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { name: 'id', in: 'path' } }),
});

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(100).optional().meta({
    description: 'Words to find in a name or an expertise (all must match, any case)',
  }),
  expertise: z.string().trim().toLowerCase().min(1).max(100).optional().meta({
    description: 'An exact expertise, e.g. `quality improvement`',
  }),
  limit: queryInt(1, 200).default(50),
});

/** The card of a local expert: name, organisation and expertise only (rec 8.iii). */
function cardOf(expert: StoredRecord) {
  return {
    name: expert['name'] as string,
    organisationId: expert['organisationId'] as string,
    expertise: expert['expertise'] as string[],
    sharedOn: today(),
    expertId: expert.id,
  };
}

/**
 * The people directory across regions (rec 8.iii): an expert who opts in is published as a card
 * (name, organisation, expertise) that reaches the hub and every region by sync; everyone with a
 * token searches every region's cards from their own instance.
 */
export function expertSharingRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  const card = recordSchema(sharedExpertEntity);
  sharingRoute(app, card, 'put');
  sharingRoute(app, card, 'delete');
  directoryRoute(app);
  return app;
}

/** `PUT` (share) or `DELETE` (stop sharing) `/experts/{id}/sharing`: this instance's card of an expert. */
function sharingRoute(
  app: OpenAPIHono<AppEnv>,
  card: ReturnType<typeof recordSchema>,
  method: 'put' | 'delete',
): void {
  app.openapi(
    createRoute({
      method,
      path: '/experts/{id}/sharing',
      operationId: method === 'put' ? 'shareExpert' : 'unshareExpert',
      tags: ['improvement'],
      summary:
        method === 'put'
          ? 'Share an expert with every region (the expert has opted in)'
          : 'Stop sharing an expert (the expert has opted out)',
      description:
        method === 'put'
          ? "Publishes (or refreshes) the expert's card: name, organisation and expertise only. It reaches the hub and every region on their next sync; contact details and biography stay here. Needs role editor."
          : 'Deletes the card; the deletion reaches every region on their next sync. Needs role editor.',
      security: [{ bearer: [] }],
      request: { params: Id },
      responses: {
        200: {
          description: 'The card',
          content: {
            'application/json': {
              schema: method === 'put' ? card : z.union([card, NotSharedSchema]),
            },
          },
        },
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      requireRole(c, 'editor');
      const { id } = c.req.valid('param');
      const store = c.var.store;
      const expert = await store.repo('expert').require(id);
      const fields = cardOf(expert);
      const repo = store.repo('shared-expert');
      // this instance's card of the expert, if it has one
      const [existing] = (await repo.all({ expertId: id })).filter(
        (r) => r.owner === store.instance,
      );
      const who = writerOf(c);
      if (method === 'delete') {
        if (!existing) return c.json({ expertId: id, deleted: true as const }, 200);
        return c.json(await repo.delete(existing.id, who), 200);
      }
      const saved = existing
        ? await repo.update(existing.id, { ...fields, sharedOn: existing['sharedOn'] }, who)
        : await repo.create(fields, who);
      return c.json(saved, 200);
    },
  );
}

/** `GET /expert-directory`: the cards every region shares, searched by words and expertise. */
function directoryRoute(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/expert-directory',
      operationId: 'searchExpertDirectory',
      tags: ['improvement'],
      summary: 'Search the experts every region shares',
      description:
        "Cards of opted-in experts from every region (as of this instance's last sync), with their organisation's name and the instance that shares them. Needs a viewer token.",
      security: [{ bearer: [] }],
      request: { query: SearchQuery },
      responses: {
        200: {
          description: 'Matching cards, by name',
          content: { 'application/json': { schema: SharedExpertHitsSchema } },
        },
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      requireRole(c, 'viewer');
      const q = c.req.valid('query');
      const store = c.var.store;
      const words = (q.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const hits = (await readAll(store, sharedExpertEntity))
        .filter((e) => {
          if (q.expertise && !e.expertise.includes(q.expertise)) return false;
          const text = `${e.name} ${e.expertise.join(' ')}`.toLowerCase();
          return words.every((w) => text.includes(w));
        })
        .sort((a, b) => a.name.localeCompare(b.name))
        .slice(0, q.limit);
      const orgs = new Map(
        await Promise.all(
          [...new Set(hits.map((h) => h.organisationId))].map(async (id) => {
            const org = await store.repo('organisation').get(id);
            return [id, org ? asRecord(organisationEntity, org).name : null] as const;
          }),
        ),
      );
      return c.json(
        {
          items: hits.map((h) => ({
            id: h.id,
            name: h.name,
            organisationId: h.organisationId,
            organisationName: orgs.get(h.organisationId) ?? null,
            expertise: h.expertise,
            sharedOn: h.sharedOn,
            sharedBy: h.owner,
          })),
        },
        200,
      );
    },
  );
}
