// A plugin from scratch, against the published packages' public API only: @tessera/core for the
// entity, @tessera/plugin for the contract. Site visits to member organisations, kept local.
import { z } from 'zod';
import { IsoDate, defineEntity } from '@tessera/core';
import { createPluginRouter, createRoute, definePlugin, publicRoute } from '@tessera/plugin';

export const siteVisitEntity = defineEntity({
  name: 'site-visits-visit',
  collection: 'site-visits',
  domain: 'improvement',
  description: 'A visit to an organisation (who went is personal: kept local)',
  schema: z
    .object({
      organisationId: z.string().min(1),
      on: IsoDate,
      visitor: z.string().min(1).max(200),
      purpose: z.enum(['diagnostic', 'support', 'follow-up']),
    })
    .strict(),
  policy: { visitor: 'local' },
  filters: ['organisationId', 'purpose'],
  ownedBy: 'region',
});

const Count = z.object({ visits: z.number().int(), organisations: z.number().int() });

export const siteVisitsPlugin = definePlugin({
  id: 'site-visits',
  version: '1.0.0',
  apiVersion: 2,
  options: z.object({ welcomeVisit: z.boolean().default(true) }).strict(),
  entities: [{ entity: siteVisitEntity, sync: 'local' }],
  routes: (ctx) =>
    createPluginRouter().openapi(
      // counts only, nothing personal: open to everyone
      publicRoute(
        createRoute({
          method: 'get',
          path: '/count',
          summary: 'How many visits, to how many organisations',
          responses: {
            200: { description: 'Counts', content: { 'application/json': { schema: Count } } },
          },
        }),
      ),
      async (c) => {
        const page = await ctx.records(siteVisitEntity).list({ limit: 500 });
        const orgs = new Set(page.items.map((v) => v.organisationId));
        return c.json({ visits: page.items.length, organisations: orgs.size }, 200);
      },
    ),
  setup: (ctx, options) => {
    if (!options.welcomeVisit) return;
    // a new organisation of this instance gets a diagnostic visit planned for today
    ctx.on('networks.organisation.created', async (event) => {
      if (event.owner !== ctx.instance) return;
      await ctx.records(siteVisitEntity).create({
        organisationId: event.id,
        on: new Date().toISOString().slice(0, 10),
        visitor: 'to be assigned',
        purpose: 'diagnostic',
      });
    });
  },
});
