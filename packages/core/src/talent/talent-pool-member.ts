import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

/** A participant's membership of a talent pool (the participant's personal details stay local). */
export const talentPoolMemberEntity = defineEntity({
  name: 'talent-pool-member',
  collection: 'talent-pool-members',
  domain: 'talent',
  description: 'Membership of a participant in a talent pool',
  schema: z.strictObject({
    poolId: Ref,
    participantId: Ref,
    addedOn: IsoDate,
  }),
  filters: ['poolId', 'participantId'],
  ownedBy: 'region',
  authority: 'regional',
  references: { poolId: 'talent-pool', participantId: 'participant' },
});

export type TalentPoolMember = z.infer<typeof talentPoolMemberEntity.schema>;
