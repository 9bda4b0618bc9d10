import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  cohortEntity,
  costPerOutcome,
  enrolmentEntity,
  evaluationGoalEntity,
  financeAllocationEntity,
  programmeEntity,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll } from '../shared/read-helpers.js';
import { ValueForMoneySchema } from './talent-schemas.js';

/** The Leadership Academy programme budget of a year (annex H), for comparison. */
async function programmeBudget(s: Store, year: string) {
  const [budget] = await readAll(s, financeAllocationEntity, {
    bodyKey: 'nhs-leadership-academy',
    year,
    category: 'programme',
  });
  return budget
    ? {
        year,
        programmeGbpThousands: budget.amountGbpThousands,
        source: budget.source ?? null,
      }
    : null;
}

/** Cost per completion and per goal attained, by programme and LDP. */
export function valueForMoneyRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/value-for-money',
    operationId: 'getValueForMoney',
    tag: 'talent',
    access: 'public',
    summary: 'Cost per completion and per goal attained',
    description:
      'By programme and LDP, from cost per place, enrolments and evaluated goals; with the Leadership Academy programme budget of annex H for comparison.',
    response: ValueForMoneySchema,
    query: z.object({
      year: z
        .string()
        .regex(/^\d{4}\/\d{2}$/)
        .optional(),
    }),
    compute: async (s, q) => {
      const report = costPerOutcome({
        programmes: await readAll(s, programmeEntity),
        cohorts: await readAll(s, cohortEntity),
        enrolments: await readAll(s, enrolmentEntity),
        goals: await readAll(s, evaluationGoalEntity),
      });
      return { ...report, budget: await programmeBudget(s, q.year ?? '2015/16') };
    },
  });
}
