import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

export const MembershipTier = z.enum(['core', 'associate', 'partner']);

/** An organisation's membership of a network, with tier and subscription (recs 7.viii, 15). */
export const membershipEntity = defineEntity({
  name: 'membership',
  collection: 'memberships',
  domain: 'networks',
  description: "An organisation's membership of a network, with tier and annual subscription",
  schema: z
    .object({
      organisationId: Ref,
      networkId: Ref,
      tier: MembershipTier,
      subscriptionGbp: z.number().nonnegative().max(100_000_000).optional(),
      since: IsoDate.optional(),
      until: IsoDate.optional(),
    })
    .strict(),
  filters: ['organisationId', 'networkId', 'tier'],
  ownedBy: 'region',
  networkField: 'networkId',
  references: { organisationId: 'organisation', networkId: 'network' },
  authority: 'regional',
});
export type Membership = z.infer<typeof membershipEntity.schema>;
