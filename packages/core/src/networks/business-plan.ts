import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { FinancialYear, IsoDate, Ref, Text } from '../common/primitives.js';

export const Deliverable = z
  .object({
    title: Text(300),
    due: IsoDate.optional(),
    status: z
      .enum(['planned', 'in_progress', 'delivered', 'at_risk', 'dropped'])
      .default('planned'),
    metric: z.string().max(200).optional(),
    target: z.number().optional(),
  })
  .strict();

/** A network's business plan for a year, with deliverables and metrics. */
export const businessPlanEntity = defineEntity({
  name: 'business-plan',
  collection: 'business-plans',
  domain: 'networks',
  description: "A network's annual business plan with its deliverables and metrics",
  schema: z
    .object({
      networkId: Ref,
      year: FinancialYear,
      title: Text(200),
      status: z.enum(['draft', 'agreed', 'closed']).default('draft'),
      deliverables: z.array(Deliverable).max(200).default([]),
    })
    .strict(),
  filters: ['networkId', 'year', 'status'],
  ownedBy: 'region',
  authority: 'regional',
});
export type BusinessPlan = z.infer<typeof businessPlanEntity.schema>;
