import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { OrganisationType } from './organisation.js';
import { HttpUrl, Ref, Text } from '../common/primitives.js';

/** Something a network offers to the organisations it serves: the "prospectus" (annex F 13, para 62). */
export const offerEntity = defineEntity({
  name: 'offer',
  collection: 'offers',
  domain: 'networks',
  description:
    'An offer of help (programme, support, resource, event) that a network makes to organisations',
  schema: z
    .object({
      networkId: Ref,
      title: Text(200),
      kind: z.enum(['programme', 'support', 'resource', 'event']),
      description: z.string().max(4000).optional(),
      /** Organisation types it is open to; empty means open to all. */
      audience: z.array(OrganisationType).max(20).default([]),
      url: HttpUrl(300).optional(),
    })
    .strict(),
  filters: ['networkId', 'kind'],
  ownedBy: 'region',
  networkField: 'networkId',
  references: { networkId: 'network' },
  authority: 'regional',
});
export type Offer = z.infer<typeof offerEntity.schema>;
