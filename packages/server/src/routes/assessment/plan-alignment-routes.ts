import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { FinancialYear, coterminosity, planAlignment } from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { readAll, today } from '../shared/read-helpers.js';
import { cacheKey } from '../shared/cache-key.js';
import { Loose, errorResponses } from '../shared/schemas.js';

/** The financial year of a day: April to March. */
const yearOf = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
};

/** Each AHSN's plan against its clinical networks' priorities, its footprint read from its members. */
async function alignment(store: Store, year: string) {
  const [organisations, memberships, networks, plans] = await Promise.all([
    readAll(store, 'organisation'),
    readAll(store, 'membership'),
    readAll(store, 'network'),
    readAll(store, 'business-plan', { year }),
  ]);
  const cot = coterminosity({
    organisations: organisations as never,
    memberships: memberships as never,
    networks: networks as never,
    asOf: today(),
  });
  const ahsnGeographies = new Map(
    cot.ahsns.map((a) => [a.ahsnId, a.geographies.map((g) => g.geographyId)]),
  );
  return planAlignment({
    networks: networks as never,
    plans: plans as never,
    year,
    ahsnGeographies,
  });
}

/** `GET /plan-alignment`: annex G 59.b's minimum expectation, as a computed view. Public. */
export function planAlignmentRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/plan-alignment',
      tags: ['networks'],
      summary: "Alignment of each AHSN's business plan with its Clinical Networks' priorities",
      description:
        "Annex G 59.b: \"a minimum expectation that AHSNs and Clinical Networks' business plans, including focus, priorities and delivery mechanisms are aligned\". Per AHSN: the clinical networks of the geographies its members lie in, whether its plan for the year addresses each one's priority area (the plan's focus or a deliverable), the shared deliverables, the gaps and a score.",
      request: {
        query: z.object({
          year: FinancialYear.optional().meta({
            description: 'Default: the current financial year',
          }),
        }),
      },
      responses: {
        200: {
          description: 'The alignment of every AHSN',
          content: { 'application/json': { schema: Loose('PlanAlignment', 'plan alignment') } },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const year = c.req.valid('query').year ?? yearOf(today());
      return c.var.cache.respond(c, `public:${cacheKey(c.req.url)}`, () =>
        alignment(c.var.store, year),
      ) as never;
    },
  );
  return app;
}
