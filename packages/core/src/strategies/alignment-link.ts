import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';

export const AlignmentSource = z.enum(['organisation_strategy', 'local_delivery_plan', 'priority']);

/**
 * "This addresses that national priority": from an organisation strategy, a local delivery plan, or a
 * priority of the other national strategy (cross-alignment, rec 1).
 */
export const alignmentLinkEntity = defineEntity({
  name: 'alignment-link',
  collection: 'alignment-links',
  domain: 'strategies',
  description: 'A link from a strategy, plan or priority to the national priority it addresses',
  schema: z
    .object({
      sourceKind: AlignmentSource,
      sourceId: Ref,
      priorityId: Ref,
      strength: z.enum(['primary', 'supporting']).default('primary'),
      rationale: z.string().max(2000).optional(),
    })
    .strict(),
  filters: ['sourceKind', 'sourceId', 'priorityId'],
  ownedBy: 'region',
  references: {
    sourceId: {
      by: 'sourceKind',
      entities: {
        organisation_strategy: 'organisation-strategy',
        local_delivery_plan: 'local-delivery-plan',
        priority: 'priority',
      },
    },
    priorityId: 'priority',
  },
  authority: 'regional',
});
export type AlignmentLink = z.infer<typeof alignmentLinkEntity.schema>;
