import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  DiversityGroupBy,
  DiversityPopulation,
  PROTECTED_CHARACTERISTICS,
  diversityTable,
  ethnicGroupOf,
  nationalDiversity,
  type DiversityTable,
  type ProtectedCharacteristic,
  type PublishedAggregate,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { router } from '../shared/router.js';
import { readAll, today } from '../shared/read-helpers.js';
import { cacheKey } from '../shared/cache-key.js';
import { Loose, errorResponses } from '../shared/schemas.js';

const Threshold = z.coerce.number().int().min(2).max(100).optional().meta({
  description:
    'Counts of 1 to threshold-1 are suppressed (default 10 for protected characteristics)',
});

const LeaderQuery = z.object({
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
  const leaders = await readAll(store, 'leader', role ? { role } : {});
  const characteristic = q.characteristic as ProtectedCharacteristic;
  const broad = characteristic === 'ethnicity' && q.broadGroups !== 'false';
  return diversityTable(leaders, {
    characteristic,
    groupOf: (l) => (q.by === 'role' ? (l['role'] as string) : (l['organisationId'] as string)),
    categoryOf: (l) => l[characteristic] as string | undefined,
    ...(broad ? { recode: (c: string) => ethnicGroupOf(c as never) } : {}),
    ...(q.threshold ? { threshold: q.threshold } : {}),
  });
}

/**
 * Diversity of the system's leaders (para 103): board members and senior post holders, published
 * only as suppressed tables; and the hub's national roll-up of every instance's published tables,
 * suppressed again after summing.
 */
export function leaderDiversityRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  const json = (id: string, what: string) => ({
    'application/json': { schema: Loose(id, what) },
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/leader-diversity',
      tags: ['talent'],
      summary: 'Diversity of board members and senior post holders, suppressed',
      description:
        'Para 103: "the diversity of the system\'s leaders and managers reflects the diversity of the population served". Counts by role (or organisation) and category of a protected characteristic, with small-number and secondary suppression as for participants.',
      request: { query: LeaderQuery },
      responses: {
        200: { description: 'The suppressed table', content: json('LeaderDiversity', 'table') },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.var.cache.respond(c, `public:${cacheKey(c.req.url)}`, async () => ({
        table: await leaderDiversity(c.var.store, q),
      })) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/leader-diversity/publish',
      tags: ['talent'],
      summary: "Publish the leaders' suppressed diversity table (it reaches the hub by sync)",
      security: [{ bearer: [] }],
      request: {
        body: { required: true, content: { 'application/json': { schema: LeaderQuery } } },
      },
      responses: {
        201: { description: 'Published', content: json('LeaderDiversityAggregate', 'record') },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      requireRole(c, 'editor');
      const q = c.req.valid('json');
      const t = await leaderDiversity(c.var.store, q);
      const record = await c.var.store.repo('diversity-aggregate').create(
        {
          population: q.population,
          characteristic: q.characteristic,
          groupBy: q.by,
          threshold: t.threshold,
          computedOn: today(),
          categories: t.categories,
          rows: t.groups.map((group, i) => ({ group, cells: t.cells[i]!, total: t.rowTotals[i]! })),
          columnTotals: t.columnTotals,
          grandTotal: t.grandTotal,
        },
        writerOf(c),
      );
      return c.json(record as never, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/diversity/national',
      tags: ['talent'],
      summary: "National roll-up of the instances' published diversity tables, suppressed again",
      description:
        'At the hub: the latest published table of each instance for one population, characteristic and grouping, summed cell by cell. A sum with a suppressed term is never published; small sums, and anything that would give a hidden sum away by differencing, are suppressed again.',
      request: { query: NationalQuery },
      responses: {
        200: { description: 'The national table', content: json('NationalDiversity', 'table') },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.var.cache.respond(c, `public:${cacheKey(c.req.url)}`, async () => {
        const aggregates = await readAll(c.var.store, 'diversity-aggregate', {
          population: q.population,
          characteristic: q.characteristic,
          groupBy: q.groupBy,
        });
        return nationalDiversity(aggregates as unknown as PublishedAggregate[], {
          rowsBy: q.rowsBy,
          ...(q.threshold ? { threshold: q.threshold } : {}),
        });
      }) as never;
    },
  );
  return app;
}
