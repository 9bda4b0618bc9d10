import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref, Text } from '../common/primitives.js';

/**
 * An expert's card in the national people directory (rec 8.iii: "connect people by expertise"):
 * published by the expert's region when the expert opts in to being found from every region, with
 * name, organisation and expertise only. It reaches the hub and every region by sync; contact
 * details, biography and everything else stay on the local `expert` record (policy `local`), and
 * deleting the card (opting out) removes it everywhere on the next sync.
 */
export const sharedExpertEntity = defineEntity({
  name: 'shared-expert',
  collection: 'shared-experts',
  domain: 'improvement',
  description:
    "An opted-in expert's card shared with every region: name, organisation and expertise only",
  schema: z
    .object({
      name: Text(200),
      organisationId: Ref,
      expertise: z.array(z.string().trim().toLowerCase().min(1).max(100)).min(1).max(30),
      /** The day the expert agreed to be found from every region. */
      sharedOn: IsoDate,
      /** The local expert record the card was published from (an id: nothing personal). */
      expertId: Ref.optional(),
    })
    .strict(),
  readAccess: 'viewer',
  filters: ['organisationId', 'expertId'],
  ownedBy: 'region',
  references: { organisationId: 'organisation', expertId: 'expert' },
  sharedWithAll: true,
});
export type SharedExpert = z.infer<typeof sharedExpertEntity.schema>;
