import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  FinancialYear,
  PriorityArea,
  businessPlanEntity,
  coterminosity,
  membershipEntity,
  networkEntity,
  organisationEntity,
  planAlignment,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { computedView } from '../shared/computed-view.js';
import { readAll, today } from '../shared/read-helpers.js';

const PlanAlignmentSchema = z
  .object({
    year: z.string(),
    ahsns: z.array(
      z.object({
        ahsnId: z.string(),
        name: z.string(),
        planId: z.string().nullable(),
        ahsnPriorities: z.array(PriorityArea),
        clinicalNetworks: z.array(
          z.object({
            networkId: z.string(),
            name: z.string(),
            priorityArea: PriorityArea,
            planId: z.string().nullable(),
            addressedByAhsn: z.boolean(),
            sharedDeliverables: z.array(z.string()),
          }),
        ),
        gaps: z.array(PriorityArea),
        score: z.number().nullable(),
        status: z.enum(['no_plan', 'aligned', 'partly_aligned', 'not_aligned', 'no_networks']),
      }),
    ),
    aligned: z.number().int(),
  })
  .meta({ id: 'PlanAlignment', description: "Each AHSN's plan against its networks' priorities" });

/** The financial year of a day: April to March. */
const yearOf = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
};

/** Each AHSN's plan against its clinical networks' priorities, its footprint read from its members. */
async function alignment(store: Store, year: string) {
  const [organisations, memberships, networks, plans] = await Promise.all([
    readAll(store, organisationEntity),
    readAll(store, membershipEntity),
    readAll(store, networkEntity),
    readAll(store, businessPlanEntity, { year }),
  ]);
  const cot = coterminosity({ organisations, memberships, networks, asOf: today() });
  const ahsnGeographies = new Map(
    cot.ahsns.map((a) => [a.ahsnId, a.geographies.map((g) => g.geographyId)]),
  );
  return planAlignment({ networks, plans, year, ahsnGeographies });
}

/** `GET /plan-alignment`: annex G 59.b's minimum expectation, as a computed view. Public. */
export function planAlignmentRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  computedView(app, {
    path: '/plan-alignment',
    operationId: 'getPlanAlignment',
    tag: 'networks',
    summary: "Alignment of each AHSN's business plan with its Clinical Networks' priorities",
    description:
      "Annex G 59.b: \"a minimum expectation that AHSNs and Clinical Networks' business plans, including focus, priorities and delivery mechanisms are aligned\". Per AHSN: the clinical networks of the geographies its members lie in, whether its plan for the year addresses each one's priority area (the plan's focus or a deliverable), the shared deliverables, the gaps and a score.",
    response: PlanAlignmentSchema,
    query: z.object({
      year: FinancialYear.optional().meta({
        description: 'Default: the current financial year',
      }),
    }),
    compute: (s, q) => alignment(s, q.year ?? yearOf(today())),
  });
  return app;
}
