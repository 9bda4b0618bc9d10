import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

/**
 * One of the c. 200 most senior posts whose succession the hub manages (rec 13.ii). The
 * incumbent's name and the judgement that they are likely to leave identify a person, so both stay
 * `local` to the hub that owns the record.
 */
export const seniorPostEntity = defineEntity({
  name: 'senior-post',
  collection: 'senior-posts',
  domain: 'talent',
  description: 'A senior post covered by national talent management and succession planning',
  schema: z.strictObject({
    title: z.string().trim().min(1).max(200),
    organisationId: Ref,
    incumbentName: z.string().trim().min(1).max(200),
    expectedVacancyDate: IsoDate.optional(),
    incumbentLikelyToLeave: z.boolean().optional(),
  }),
  policy: { incumbentName: 'local', incumbentLikelyToLeave: 'local' },
  readAccess: 'viewer',
  filters: ['organisationId'],
  ownedBy: 'hub',
  references: { organisationId: 'organisation' },
  authority: 'national',
});

export type SeniorPost = z.infer<typeof seniorPostEntity.schema>;
