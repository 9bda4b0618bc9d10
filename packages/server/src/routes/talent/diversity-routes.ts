import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  diversityAggregateEntity,
  networkEntity,
  populationBenchmarkEntity,
  representation,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { computedView } from '../shared/computed-view.js';
import { asRecord, readAll } from '../shared/read-helpers.js';
import { errorResponses, recordSchema } from '../shared/schemas.js';
import { DiversitySchema } from './talent-schemas.js';
import { DiversityQuery, publishedAggregate, suppressedDiversity } from './diversity-table.js';

const publish = createRoute({
  method: 'post',
  path: '/diversity/publish',
  operationId: 'publishDiversity',
  tags: ['talent'],
  summary: 'Publish a suppressed diversity table (it reaches the hub by sync)',
  security: [{ bearer: [] }],
  description:
    'Computes the suppressed table and stores it as a diversity aggregate owned by this instance: the only form in which protected characteristics leave it.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': { schema: DiversityQuery.meta({ id: 'DiversityQuery' }) },
      },
    },
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
});

/** The suppressed table with representation against the population benchmarks (para 103). */
async function diversityWithRepresentation(s: Store, query: DiversityQuery) {
  const table = await suppressedDiversity(s, query);
  const benchmarks = (
    await readAll(s, populationBenchmarkEntity, { characteristic: query.characteristic })
  ).map((b) => ({
    geography: b.geography,
    characteristic: query.characteristic,
    category: b.category,
    share: b.share,
  }));
  const networks = new Map((await readAll(s, networkEntity)).map((n) => [n.id, n.key]));
  const rows = benchmarks.length
    ? representation(table, benchmarks, {
        geographyOf: (g) => networks.get(g) ?? g,
        overallGeography: 'england',
      })
    : [];
  return { table, representation: rows };
}

/** Diversity of participants or pool members, only ever as suppressed aggregates. */
export function diversityRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/diversity',
    operationId: 'getDiversity',
    tag: 'talent',
    access: 'public',
    summary: 'Diversity of participants or talent-pool members, suppressed',
    description:
      'Counts by group and category of a protected characteristic, with small-number suppression (1 to threshold-1, default 10) and secondary suppression so that no hidden count can be recovered from totals; with representation against the population benchmark of each group where one is loaded (para 103).',
    response: DiversitySchema,
    query: DiversityQuery,
    compute: (s, q) => diversityWithRepresentation(s, q),
  });

  app.openapi(publish, async (c) => {
    requireRole(c, 'editor');
    const q = c.req.valid('json');
    const t = await suppressedDiversity(c.var.store, q);
    const record = await c.var.store
      .repo(diversityAggregateEntity.name)
      .create(publishedAggregate(q, t), writerOf(c));
    return c.json(asRecord(diversityAggregateEntity, record), 201);
  });
}
