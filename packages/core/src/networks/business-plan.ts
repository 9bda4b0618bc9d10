import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { FinancialYear, IsoDate, Ref, Text } from '../common/primitives.js';
import { AssuranceStatus, AssuranceStep } from '../governance/assurance-return.js';
import { PriorityArea } from './network.js';

export const Deliverable = z
  .object({
    title: Text(300),
    due: IsoDate.optional(),
    status: z
      .enum(['planned', 'in_progress', 'delivered', 'at_risk', 'dropped'])
      .default('planned'),
    metric: z.string().max(200).optional(),
    target: z.number().optional(),
    /** The clinical priority area the deliverable serves, for the alignment check (annex G 59.b). */
    priorityArea: PriorityArea.optional(),
  })
  .strict();

/**
 * A network's business plan for a year, with deliverables and metrics, its focus (priority
 * areas), and its sign-off by the Regional Medical Team (annex G 59.b): `assessment` moves draft ->
 * submitted -> reviewed -> signed off, the owner submitting and the team deciding at the hub.
 */
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
      /** The plan's focus: the clinical priority areas it addresses (annex G 59.b). */
      priorityAreas: z.array(PriorityArea).max(5).default([]),
      assessment: AssuranceStatus.default('draft'),
      history: z.array(AssuranceStep).max(500).default([]),
    })
    .strict(),
  filters: ['networkId', 'year', 'status', 'assessment'],
  ownedBy: 'region',
  networkField: 'networkId',
  references: { networkId: 'network' },
  authority: 'regional',
  readOnly: ['assessment', 'history'],
  lockedReason: (r) =>
    r['assessment'] === undefined || r['assessment'] === 'draft'
      ? undefined
      : `The plan is ${String(r['assessment'])} for sign-off: only a draft can be changed (the regional team returns it for changes)`,
});
export type BusinessPlan = z.infer<typeof businessPlanEntity.schema>;
