import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` that exists (2015-02-30 is refused). */
export const IsoDate = z.iso.date();
/** A financial year `2015/16`. */
export const FinancialYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, 'expected a financial year like 2015/16');
/** A quarter `2015-Q3`. */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'expected a quarter like 2015-Q3');
/** A record reference (UUID). */
export const Ref = z.string().min(1).max(64);
/** Non-empty, trimmed, bounded text. */
export const Text = (max = 500) => z.string().trim().min(1).max(max);
export const Rag = z.enum(['red', 'amber', 'green']);
export type Rag = z.infer<typeof Rag>;
