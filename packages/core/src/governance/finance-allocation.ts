import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { FinancialYear, Ref, Text } from '../common/primitives.js';

/** An allocation to a body for a year (annex H): GBP thousands, admin or programme, with WTE. */
export const financeAllocationEntity = defineEntity({
  name: 'finance-allocation',
  collection: 'finance-allocations',
  domain: 'governance',
  description:
    'Funding allocated to a body per year (GBP thousands, admin/programme) with planned and actual WTE',
  schema: z
    .object({
      bodyKey: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(80),
      bodyName: Text(200),
      bodyId: Ref.optional(),
      year: FinancialYear,
      category: z.enum(['admin', 'programme']),
      amountGbpThousands: z.number().nonnegative(),
      wtePlanned: z.number().nonnegative().optional(),
      wteActual: z.number().nonnegative().optional(),
      source: z.string().max(100).optional(),
    })
    .strict(),
  filters: ['bodyKey', 'year', 'category'],
  ownedBy: 'hub',
  authority: 'national',
});
export type FinanceAllocation = z.infer<typeof financeAllocationEntity.schema>;
