import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { FinancialYear, Ref, Text } from '../common/primitives.js';

/** A local delivery plan per AHSN footprint, reflecting the national priorities (rec 7.iii). */
export const localDeliveryPlanEntity = defineEntity({
  name: 'local-delivery-plan',
  collection: 'local-delivery-plans',
  domain: 'strategies',
  description:
    "A local delivery plan for an AHSN's footprint; alignment is recorded as alignment links",
  schema: z
    .object({
      networkId: Ref,
      title: Text(300),
      year: FinancialYear,
      status: z.enum(['draft', 'agreed', 'closed']).default('draft'),
    })
    .strict(),
  filters: ['networkId', 'year', 'status'],
  ownedBy: 'region',
  networkField: 'networkId',
  references: { networkId: 'network' },
  authority: 'regional',
});
export type LocalDeliveryPlan = z.infer<typeof localDeliveryPlanEntity.schema>;
