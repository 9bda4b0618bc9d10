import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';
import { CoachKind } from './coach.js';
import { Ethnicity, Sex } from './protected-characteristics.js';

export const MenteePreferences = z.strictObject({
  /** Only a coach of the mentee's own sex. */
  sameSex: z.boolean().optional(),
  /** Only a coach of the mentee's own broad ethnic group. */
  sameEthnicity: z.boolean().optional(),
});
export type MenteePreferences = z.infer<typeof MenteePreferences>;

/**
 * A person asking for a coach or mentor. `sex` and `ethnicity` (optional, local) are what the
 * same-sex / same-ethnicity preferences are checked against; `seeks` restricts the kind of support.
 */
export const menteeEntity = defineEntity({
  name: 'mentee',
  collection: 'mentees',
  domain: 'talent',
  description: 'A person seeking a coach or mentor from the register',
  schema: z.strictObject({
    name: z.string().trim().min(1).max(200),
    organisationId: Ref,
    /** Development needs, matched against coaches' expertise. */
    needs: z.array(z.string().trim().min(1).max(100)).max(50),
    preferences: MenteePreferences,
    /** The kind of support wanted; absent means either. */
    seeks: CoachKind.optional(),
    sex: Sex.optional(),
    ethnicity: Ethnicity.optional(),
  }),
  policy: { name: 'local', preferences: 'local', sex: 'local', ethnicity: 'local' },
  readAccess: 'viewer',
  filters: ['organisationId'],
  ownedBy: 'region',
  references: { organisationId: 'organisation' },
  authority: 'regional',
});

export type Mentee = z.infer<typeof menteeEntity.schema>;
