import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { FinancialYear, Text } from '../common/primitives.js';

/** A savings target (para 121: at least 15% across the improvement architecture, GBP 2m from the Academy). */
export const savingsTargetEntity = defineEntity({
  name: 'savings-target',
  collection: 'savings-targets',
  domain: 'governance',
  description: 'A savings target as a share of a baseline or an absolute sum (GBP thousands)',
  schema: z
    .object({
      scope: Text(200),
      bodyKeys: z
        .array(
          z
            .string()
            .max(64)
            .regex(/^[a-z0-9-]+$/),
        )
        .max(50)
        .default([]),
      baselineYear: FinancialYear,
      targetYear: FinancialYear,
      minimumPercent: z.number().min(0).max(100).optional(),
      amountGbpThousands: z.number().nonnegative().optional(),
      reference: z.string().max(100).optional(),
    })
    .strict(),
  filters: ['targetYear'],
  ownedBy: 'hub',
  authority: 'national',
});
export type SavingsTarget = z.infer<typeof savingsTargetEntity.schema>;
