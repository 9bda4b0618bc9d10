import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref, Text } from '../common/primitives.js';

/**
 * A seat on a Governing Board. `personRef` is an opaque key for the person, the same on every board
 * they sit on, so shared membership (rec 3) is computed without moving names around.
 */
export const boardMemberEntity = defineEntity({
  name: 'board-member',
  collection: 'board-members',
  domain: 'governance',
  description: 'A member of a Governing Board and the organisation they represent',
  schema: z
    .object({
      boardId: Ref,
      personRef: z.string().min(1).max(64),
      name: Text(200),
      email: z.email().max(200).optional(),
      representsBodyId: Ref.optional(),
      representsOrganisationId: Ref.optional(),
      role: z.enum(['chair', 'member', 'observer']).default('member'),
      startDate: IsoDate.optional(),
      endDate: IsoDate.optional(),
    })
    .strict(),
  policy: { name: 'local', email: 'local' },
  filters: ['boardId', 'personRef', 'representsBodyId', 'role'],
  ownedBy: 'hub',
  references: {
    boardId: 'governing-board',
    representsBodyId: 'national-body',
    representsOrganisationId: 'organisation',
  },
  authority: 'national',
});
export type BoardMember = z.infer<typeof boardMemberEntity.schema>;
