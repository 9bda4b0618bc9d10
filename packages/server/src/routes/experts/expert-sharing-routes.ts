import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { naturalId, sharedExpertEntity } from '@tessera/core';
import type { Store, StoredRecord } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { router } from '../shared/router.js';
import { readAll, today } from '../shared/read-helpers.js';
import { Loose, errorResponses, recordSchema } from '../shared/schemas.js';

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
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The card of a local expert: name, organisation and expertise only (rec 8.iii). */
function cardOf(expert: StoredRecord, store: Store) {
  return {
    id: naturalId('shared-expert', store.instance, expert.id),
    fields: {
      name: expert['name'] as string,
      organisationId: expert['organisationId'] as string,
      expertise: expert['expertise'] as string[],
      sharedOn: today(),
      expertId: expert.id,
    },
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
  const share = (method: 'put' | 'delete') =>
    app.openapi(
      createRoute({
        method,
        path: '/experts/{id}/sharing',
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
          200: { description: 'The card', content: { 'application/json': { schema: card } } },
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
        const { id: cardId, fields } = cardOf(expert, store);
        const repo = store.repo('shared-expert');
        const existing = await repo.get(cardId);
        const who = writerOf(c);
        if (method === 'delete') {
          if (!existing) return c.json({ id: cardId, deleted: true } as never, 200);
          return c.json((await repo.delete(cardId, who)) as never, 200);
        }
        const saved = existing
          ? await repo.update(cardId, { ...fields, sharedOn: existing['sharedOn'] }, who)
          : await repo.create(fields, who, { id: cardId });
        return c.json(saved as never, 200);
      },
    );
  share('put');
  share('delete');

  app.openapi(
    createRoute({
      method: 'get',
      path: '/expert-directory',
      tags: ['improvement'],
      summary: 'Search the experts every region shares',
      description:
        "Cards of opted-in experts from every region (as of this instance's last sync), with their organisation's name and the instance that shares them. Needs a viewer token.",
      security: [{ bearer: [] }],
      request: { query: SearchQuery },
      responses: {
        200: {
          description: 'Matching cards, by name',
          content: { 'application/json': { schema: Loose('SharedExpertHits', 'cards') } },
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
      const hits = (await readAll(store, 'shared-expert'))
        .filter((e) => {
          const expertise = e['expertise'] as string[];
          if (q.expertise && !expertise.includes(q.expertise)) return false;
          const text = `${String(e['name'])} ${expertise.join(' ')}`.toLowerCase();
          return words.every((w) => text.includes(w));
        })
        .sort((a, b) => String(a['name']).localeCompare(String(b['name'])))
        .slice(0, q.limit);
      const orgs = new Map(
        await Promise.all(
          [...new Set(hits.map((h) => h['organisationId'] as string))].map(
            async (id) => [id, (await store.repo('organisation').get(id))?.['name']] as const,
          ),
        ),
      );
      return c.json(
        {
          items: hits.map((h) => ({
            id: h.id,
            name: h['name'],
            organisationId: h['organisationId'],
            organisationName: orgs.get(h['organisationId'] as string) ?? null,
            expertise: h['expertise'],
            sharedOn: h['sharedOn'],
            sharedBy: h.owner,
          })),
        } as never,
        200,
      );
    },
  );
  return app;
}
