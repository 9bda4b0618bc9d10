import { z } from 'zod';
import { analyseSpc, type EntityDefinition, type EntityRecord } from '@tessera/core';
import { createPluginRouter, createRoute, definePlugin, type PluginContext } from '@tessera/plugin';
import {
  wessexEngagementEntity,
  wessexMemberEntity,
  wessexMetricValueEntity,
  wessexPriorityEntity,
  wessexWorkstreamEntity,
} from './wessex-entities.js';
import { wessexTrusts } from './wessex-trusts.js';

/** This plugin's version (its package's). */
export const REGION_WESSEX_PLUGIN_VERSION = '0.1.0';

const Summary = z
  .object({
    members: z.number().int(),
    engagedMembers: z
      .number()
      .int()
      .meta({ description: 'Members with a conversation since `since`' }),
    priorities: z.number().int(),
    prioritiesLinkedToNational: z.number().int(),
    workstreams: z.object({ planned: z.number(), active: z.number(), closed: z.number() }),
    metric: z
      .object({ name: z.string(), points: z.number().int(), variation: z.string() })
      .nullable(),
  })
  .meta({ id: 'WessexSummary' });

/** Every record of an entity (the plugin's tables are small: a region's own). */
async function all<E extends EntityDefinition>(
  ctx: PluginContext,
  entity: E,
  filters?: Partial<Record<E['filters'][number], string>>,
): Promise<EntityRecord<E>[]> {
  const out: EntityRecord<E>[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.records(entity).list({
      limit: 500,
      ...(cursor ? { cursor } : {}),
      ...(filters ? { filters: filters as never } : {}),
    });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

async function metricSpc(ctx: PluginContext, metric: string) {
  const values = await all(ctx, wessexMetricValueEntity, { metric });
  if (values.length === 0) return null;
  return analyseSpc({
    points: values.map((v) => ({ date: v.date, value: v.value })),
    improvementDirection: 'increase',
  });
}

/**
 * Wessex AHSN's local instance, the example a region copies: its local priorities and programme
 * of work linked to national priorities, a local metric analysed with the core's SPC, its member
 * organisations (seeded from the ODS trusts of local office Q70), and its conversations with
 * members, kept `local` (contact details never leave). `GET .../summary` sums it up.
 */
export const regionWessexPlugin = definePlugin({
  id: 'region-wessex',
  version: REGION_WESSEX_PLUGIN_VERSION,
  apiVersion: 2,
  description: "Wessex AHSN's local priorities, programme of work, metric, members and engagement",
  options: z
    .object({
      /** The local metric the summary analyses. */
      metric: z
        .string()
        .regex(/^[a-z0-9-]{1,60}$/)
        .default('members-engaged'),
      /** Seed the member list from the ODS trusts of local office Q70 on first start. */
      seedMembers: z.boolean().default(true),
      /** Engagement counts from this date. */
      since: z.iso.date().default('2015-04-01'),
    })
    .strict(),
  entities: [
    { entity: wessexPriorityEntity, sync: 'shared' },
    { entity: wessexWorkstreamEntity, sync: 'shared' },
    { entity: wessexMetricValueEntity, sync: 'shared' },
    { entity: wessexMemberEntity, sync: 'shared' },
    { entity: wessexEngagementEntity, sync: 'local' },
  ],
  migrations: [
    {
      id: 1,
      description: 'engagements by date, for the summary',
      sql: 'CREATE INDEX IF NOT EXISTS region_wessex_engagements_on_idx ON region_wessex_engagements ("on")',
    },
  ],
  routes: (ctx, options) =>
    createPluginRouter()
      .openapi(
        createRoute({
          method: 'get',
          path: '/summary',
          tags: ['plugins'],
          summary: 'Wessex at a glance: members, engagement, priorities, programme, local metric',
          responses: {
            200: { description: 'Summary', content: { 'application/json': { schema: Summary } } },
          },
        }),
        async (c) => {
          const [members, engagements, priorities, workstreams, spc] = await Promise.all([
            all(ctx, wessexMemberEntity),
            all(ctx, wessexEngagementEntity),
            all(ctx, wessexPriorityEntity),
            all(ctx, wessexWorkstreamEntity),
            metricSpc(ctx, options.metric),
          ]);
          const status = { planned: 0, active: 0, closed: 0 };
          for (const w of workstreams) status[w.status]++;
          return c.json(
            {
              members: members.length,
              engagedMembers: new Set(
                engagements.filter((e) => e.on >= options.since).map((e) => e.odsCode),
              ).size,
              priorities: priorities.length,
              prioritiesLinkedToNational: priorities.filter((p) => p.nationalPriorityIds.length)
                .length,
              workstreams: status,
              metric: spc
                ? { name: options.metric, points: spc.points.length, variation: spc.variationType }
                : null,
            },
            200,
          );
        },
      )
      .openapi(
        createRoute({
          method: 'get',
          path: '/metrics/{metric}/spc',
          tags: ['plugins'],
          summary: "A Wessex local metric's XmR chart (the core's SPC)",
          request: { params: z.object({ metric: z.string().regex(/^[a-z0-9-]{1,60}$/) }) },
          responses: {
            200: {
              description: 'The SPC analysis, or null without values',
              content: { 'application/json': { schema: z.object({}).loose().nullable() } },
            },
          },
        }),
        async (c) => c.json(await metricSpc(ctx, c.req.valid('param').metric), 200),
      ),
  setup: async (ctx, options) => {
    if (!options.seedMembers || ctx.role !== 'local') return;
    const members = ctx.records(wessexMemberEntity);
    const known = new Set((await all(ctx, wessexMemberEntity)).map((m) => m.odsCode));
    for (const t of wessexTrusts())
      if (!known.has(t.odsCode))
        await members.create({
          odsCode: t.odsCode,
          name: t.name,
          town: t.town,
          postcode: t.postcode,
          since: t.openedOn,
        });
  },
});
