import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { queryInt } from '../shared/query-int.js';
import { z } from 'zod';
import {
  DiversityGroupBy,
  DiversityPopulation,
  PROTECTED_CHARACTERISTICS,
  diversityAggregateEntity,
  diversityTable,
  ethnicGroupOf,
  leaderEntity,
  nationalDiversity,
  type DiversityTable,
  type ProtectedCharacteristic,
} from '@tessera/core';
import { suppressionThreshold, type Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { router } from '../shared/router.js';
import { readAll } from '../shared/read-helpers.js';
import { computedView } from '../shared/computed-view.js';
import { errorResponses, recordSchema } from '../shared/schemas.js';
import { DiversitySchema, PublishedCountSchema } from '../talent/talent-schemas.js';
import { publishedAggregate } from '../talent/diversity-table.js';

const LeaderDiversitySchema = z
  .object({ table: DiversitySchema.shape.table })
  .meta({ id: 'LeaderDiversity', description: "The suppressed table of the system's leaders" });

const NationalDiversitySchema = z
  .object({
    categories: z.array(z.string()),
    rows: z.array(z.string()),
    rowsBy: z.enum(['group', 'instance']),
    cells: z.array(z.array(PublishedCountSchema)),
    rowTotals: z.array(PublishedCountSchema),
    columnTotals: z.array(PublishedCountSchema),
    grandTotal: PublishedCountSchema,
    threshold: z.number(),
    sources: z.array(z.object({ id: z.string(), owner: z.string(), computedOn: z.string() })),
    excluded: z.array(z.object({ id: z.string(), owner: z.string(), reason: z.string() })),
  })
  .meta({ id: 'NationalDiversity', description: 'Published tables summed and suppressed again' });

const Threshold = queryInt(2, 100).optional().meta({
  description:
    'Counts of 1 to threshold-1 are suppressed (default 10 for protected characteristics)',
});

const LeaderQuery = z.strictObject({
  population: z.enum(['leaders', 'board_members', 'senior_post_holders']).default('leaders'),
  characteristic: z.enum(PROTECTED_CHARACTERISTICS),
  by: z.enum(['role', 'organisation']).default('role'),
  threshold: Threshold,
  broadGroups: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Ethnicity in the 5 broad ONS groups (default true)' }),
});
type LeaderQuery = z.infer<typeof LeaderQuery>;

const NationalQuery = z.object({
  population: DiversityPopulation.default('leaders'),
  characteristic: z.enum(PROTECTED_CHARACTERISTICS),
  groupBy: DiversityGroupBy.default('role'),
  rowsBy: z.enum(['group', 'instance']).default('group'),
  threshold: Threshold,
});

const ROLE_OF = {
  board_members: 'board_member',
  senior_post_holders: 'senior_post_holder',
} as const;

/** The suppressed table of board members and senior post holders (para 103). */
async function leaderDiversity(store: Store, q: LeaderQuery): Promise<DiversityTable> {
  const role = q.population === 'leaders' ? undefined : ROLE_OF[q.population];
  const leaders = await readAll(store, leaderEntity, role ? { role } : {});
  const characteristic = q.characteristic as ProtectedCharacteristic;
  const broad = characteristic === 'ethnicity' && q.broadGroups !== 'false';
  // a caller may ask for a higher threshold than the instance's floor, never a lower one
  const threshold = await suppressionThreshold(store, q.threshold);
  return diversityTable(leaders, {
    characteristic,
    groupOf: (l) => (q.by === 'role' ? l.role : l.organisationId),
    categoryOf: (l) => {
      const value: unknown = (l as Record<string, unknown>)[characteristic];
      return typeof value === 'string' ? value : undefined;
    },
    ...(broad ? { recode: (c: string) => ethnicGroupOf(c) } : {}),
    threshold,
  });
}

/**
 * Diversity of the system's leaders (para 103): board members and senior post holders, published
 * only as suppressed tables; and the hub's national roll-up of every instance's published tables,
 * suppressed again after summing.
 */
export function leaderDiversityRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  computedView(app, {
    path: '/leader-diversity',
    operationId: 'getLeaderDiversity',
    tag: 'talent',
    summary: 'Diversity of board members and senior post holders, suppressed',
    description:
      'Para 103: "the diversity of the system\'s leaders and managers reflects the diversity of the population served". Counts by role (or organisation) and category of a protected characteristic, with small-number and secondary suppression as for participants.',
    response: LeaderDiversitySchema,
    query: LeaderQuery,
    compute: async (s, q) => ({ table: await leaderDiversity(s, q) }),
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/leader-diversity/publish',
      operationId: 'publishLeaderDiversity',
      tags: ['talent'],
      summary: "Publish the leaders' suppressed diversity table (it reaches the hub by sync)",
      security: [{ bearer: [] }],
      request: {
        body: { required: true, content: { 'application/json': { schema: LeaderQuery } } },
      },
      responses: {
        201: {
          description: 'Published',
          content: { 'application/json': { schema: recordSchema(diversityAggregateEntity) } },
        },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      requireRole(c, 'editor');
      const q = c.req.valid('json');
      const t = await leaderDiversity(c.var.store, q);
      const record = await c.var.store
        .repo('diversity-aggregate')
        .create(publishedAggregate(q, t), writerOf(c));
      return c.json(record, 201);
    },
  );

  computedView(app, {
    path: '/diversity/national',
    operationId: 'getNationalDiversity',
    tag: 'talent',
    summary: "National roll-up of the instances' published diversity tables, suppressed again",
    description:
      'At the hub: the latest published table of each instance for one population, characteristic and grouping, summed cell by cell. A sum with a suppressed term is never published; small sums, and anything that would give a hidden sum away by differencing, are suppressed again.',
    response: NationalDiversitySchema,
    query: NationalQuery,
    compute: async (s, q) => {
      const aggregates = await readAll(s, diversityAggregateEntity, {
        population: q.population,
        characteristic: q.characteristic,
        groupBy: q.groupBy,
      });
      return nationalDiversity(aggregates, {
        rowsBy: q.rowsBy,
        threshold: await suppressionThreshold(s, q.threshold),
      });
    },
  });
  return app;
}
