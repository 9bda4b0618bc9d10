import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate } from './_calendar.js';

/** A participant's membership of a talent pool (the participant's personal details stay local). */
export const talentPoolMemberEntity = defineEntity({
  name: 'talent-pool-member',
  collection: 'talent-pool-members',
  domain: 'talent',
  description: 'Membership of a participant in a talent pool',
  schema: z.object({
    poolId: z.string().min(1),
    participantId: z.string().min(1),
    addedOn: IsoDate,
  }),
  filters: ['poolId', 'participantId'],
  ownedBy: 'region',
});

export type TalentPoolMember = z.infer<typeof talentPoolMemberEntity.schema>;
