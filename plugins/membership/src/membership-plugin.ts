import { z } from 'zod';
import { addDays, financialYearOf, membershipEntity } from '@tessera/core';
import { createPluginRouter, createRoute, definePlugin } from '@tessera/plugin';
import { membershipInvoiceEntity } from './membership-invoice.js';

/** This plugin's version (its package's): the hub accepts its invoices from a compatible one. */
export const MEMBERSHIP_PLUGIN_VERSION = '0.1.0';

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
 * Invoices are `shared`: the hub accepts them when it runs this plugin at a compatible version (their
 * contact email is a `local` field and never leaves).
 * @example createInstance({ db, instance: 'ahsn-oxford', role: 'local', plugins: [membershipPlugin({ invoiceDueDays: 30 })] })
 */
export const membershipPlugin = definePlugin({
  id: 'membership',
  version: MEMBERSHIP_PLUGIN_VERSION,
  apiVersion: 2,
  description: 'Membership subscriptions and invoices (recs 7.viii, 15)',
  options: z
    .object({
      currency: z.literal('GBP').default('GBP'),
      invoiceDueDays: z.number().int().min(1).max(365).default(30),
    })
    .strict(),
  entities: [{ entity: membershipInvoiceEntity, sync: 'shared' }],
  routes: (ctx) => {
    const app = createPluginRouter();
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
          const page = await ctx.records(membershipInvoiceEntity).list({
            limit: 500,
            ...(cursor ? { cursor } : {}),
            ...(year ? { filters: { year } } : {}),
          });
          for (const inv of page.items) {
            if (inv.status === 'void') continue;
            const key = inv.networkId;
            const t = totals.get(key) ?? {
              networkId: key,
              invoices: 0,
              issuedGbp: 0,
              paidGbp: 0,
              outstandingGbp: 0,
            };
            const amount = inv.amountGbp;
            t.invoices++;
            t.issuedGbp += amount;
            if (inv.status === 'paid') t.paidGbp += amount;
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
      const m = await ctx.records(membershipEntity).get(event.id);
      const fee = m?.subscriptionGbp;
      if (!m || typeof fee !== 'number' || fee <= 0) return;
      const issuedOn = new Date().toISOString().slice(0, 10);
      await ctx.records(membershipInvoiceEntity).create({
        membershipId: m.id,
        networkId: m.networkId,
        organisationId: m.organisationId,
        year: financialYearOf(m.since ?? issuedOn),
        amountGbp: fee,
        dueOn: addDays(issuedOn, options.invoiceDueDays),
      });
    });
  },
});
