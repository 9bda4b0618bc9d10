import { z } from 'zod';
import { FinancialYear, IsoDate, Ref, defineEntity } from '@tessera/core';

/** An invoice for a member organisation's annual subscription to a network (recs 7.viii, 15). */
export const membershipInvoiceEntity = defineEntity({
  name: 'membership-invoice',
  collection: 'membership-invoices',
  domain: 'networks',
  description: "An invoice for a member organisation's annual subscription to a network",
  schema: z
    .object({
      membershipId: Ref,
      networkId: Ref,
      organisationId: Ref,
      year: FinancialYear,
      amountGbp: z.number().nonnegative().max(10_000_000),
      status: z.enum(['issued', 'paid', 'void']).default('issued'),
      dueOn: IsoDate,
      paidOn: IsoDate.optional(),
      /** Who receives the invoice: personal, never leaves the instance. */
      contactEmail: z.email().max(200).optional(),
    })
    .strict(),
  policy: { contactEmail: 'local' },
  filters: ['membershipId', 'networkId', 'organisationId', 'year', 'status'],
  ownedBy: 'region',
});
