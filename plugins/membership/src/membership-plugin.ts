import { z } from 'zod';
import { OpenAPIHono, createRoute, definePlugin } from '@tessera/plugin';
import { membershipInvoiceEntity } from './membership-invoice.js';
import { addDays, financialYearOf } from './financial-year.js';

const Summary = z
  .object({
    year: z.string().nullable(),
    networks: z.array(
      z.object({
        networkId: z.string(),
        invoices: z.number(),
        issuedGbp: z.number(),
        paidGbp: z.number(),
        outstandingGbp: z.number(),
      }),
    ),
  })
  .meta({ id: 'MembershipInvoiceSummary' });

/**
 * Membership subscriptions: when an organisation joins a network with a subscription, an invoice is
 * issued for the current financial year; `GET /api/v1/plugins/membership/summary` totals them.
 * @example createApp({ store, role: 'local', plugins: [membershipPlugin({ invoiceDueDays: 30 })] })
 */
export const membershipPlugin = definePlugin({
  id: 'membership',
  apiVersion: 1,
  description: 'Membership subscriptions and invoices (recs 7.viii, 15)',
  options: z
    .object({
      currency: z.literal('GBP').default('GBP'),
      invoiceDueDays: z.number().int().min(1).max(365).default(30),
    })
    .strict(),
  entities: [membershipInvoiceEntity],
  routes: (ctx) => {
    const app = new OpenAPIHono();
    app.openapi(
      createRoute({
        method: 'get',
        path: '/summary',
        tags: ['plugins'],
        summary: 'Membership invoices by network: issued, paid, outstanding',
        request: {
          query: z.object({
            year: z
              .string()
              .regex(/^\d{4}\/\d{2}$/)
              .optional(),
          }),
        },
        responses: {
          200: { description: 'Totals', content: { 'application/json': { schema: Summary } } },
        },
      }),
      async (c) => {
        const { year } = c.req.valid('query');
        const totals = new Map<
          string,
          {
            networkId: string;
            invoices: number;
            issuedGbp: number;
            paidGbp: number;
            outstandingGbp: number;
          }
        >();
        let cursor: string | undefined;
        do {
          const page = await ctx.records('membership-invoice').list({
            limit: 500,
            ...(cursor ? { cursor } : {}),
            ...(year ? { filters: { year } } : {}),
          });
          for (const inv of page.items) {
            if (inv['status'] === 'void') continue;
            const key = inv['networkId'] as string;
            const t = totals.get(key) ?? {
              networkId: key,
              invoices: 0,
              issuedGbp: 0,
              paidGbp: 0,
              outstandingGbp: 0,
            };
            const amount = inv['amountGbp'] as number;
            t.invoices++;
            t.issuedGbp += amount;
            if (inv['status'] === 'paid') t.paidGbp += amount;
            else t.outstandingGbp += amount;
            totals.set(key, t);
          }
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        return c.json(
          {
            year: year ?? null,
            networks: [...totals.values()].sort((a, b) => a.networkId.localeCompare(b.networkId)),
          },
          200,
        );
      },
    );
    return app;
  },
  setup: (ctx, options) => {
    ctx.on('networks.membership.created', async (event) => {
      if (event.owner !== ctx.instance) return; // only memberships this instance owns
      const m = await ctx.records('membership').get(event.id);
      const fee = m?.['subscriptionGbp'];
      if (!m || typeof fee !== 'number' || fee <= 0) return;
      const issuedOn = new Date().toISOString().slice(0, 10);
      await ctx.records('membership-invoice').create({
        membershipId: m['id'],
        networkId: m['networkId'],
        organisationId: m['organisationId'],
        year: financialYearOf((m['since'] as string | undefined) ?? issuedOn),
        amountGbp: fee,
        dueOn: addDays(issuedOn, options.invoiceDueDays),
      });
    });
  },
});
