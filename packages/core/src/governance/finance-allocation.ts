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
      /** The source's own note beside the figure, word for word (annex H). */
      note: z.string().max(500).optional(),
      /** The bodies that share the sum; set when the source has not decided how (annex H). */
      sharedBy: z.array(Text(100)).max(10).optional(),
      /** True when the source says the split between `sharedBy` is not decided. */
      splitUndecided: z.boolean().optional(),
    })
    .strict(),
  filters: ['bodyKey', 'year', 'category'],
  ownedBy: 'hub',
  authority: 'national',
});
export type FinanceAllocation = z.infer<typeof financeAllocationEntity.schema>;
