import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';

export const PartyKind = z.enum(['national_body', 'governing_board', 'network', 'organisation']);

/** The entity each kind of party is a record of. */
const PARTY_ENTITY = {
  national_body: 'national-body',
  governing_board: 'governing-board',
  network: 'network',
  organisation: 'organisation',
} as const;

/** Who accounts to whom (rec 14.i, annex G): e.g. an AHSN accounts to NHS England. */
export const accountabilityLineEntity = defineEntity({
  name: 'accountability-line',
  collection: 'accountability-lines',
  domain: 'governance',
  description: 'A line of accountability: who accounts to whom, and on what authority',
  schema: z
    .object({
      fromKind: PartyKind,
      fromId: Ref,
      toKind: PartyKind,
      toId: Ref,
      nature: z.enum([
        'accounts_to',
        'reports_to',
        'commissioned_by',
        'hosted_by',
        'governed_by',
        'chaired_by',
      ]),
      reference: z.string().max(100).optional(),
    })
    .strict(),
  filters: ['fromId', 'toId', 'nature'],
  ownedBy: 'hub',
  references: {
    fromId: { by: 'fromKind', entities: PARTY_ENTITY },
    toId: { by: 'toKind', entities: PARTY_ENTITY },
  },
  authority: 'national',
});
export type AccountabilityLine = z.infer<typeof accountabilityLineEntity.schema>;
