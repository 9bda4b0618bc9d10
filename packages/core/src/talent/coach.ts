import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';
import { Ethnicity, Sex } from './protected-characteristics.js';

export const COACH_KINDS = ['coach', 'mentor'] as const;
export const CoachKind = z.enum(COACH_KINDS);
export type CoachKind = z.infer<typeof CoachKind>;

/** A coach or mentor on the coaching and mentoring register, with the mentees they can take on. */
export const coachEntity = defineEntity({
  name: 'coach',
  collection: 'coaches',
  domain: 'talent',
  description: 'A coach or mentor on the coaching and mentoring register',
  schema: z.strictObject({
    kind: CoachKind,
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    organisationId: Ref,
    /** Areas of expertise, matched against mentees' needs. */
    expertise: z.array(z.string().trim().min(1).max(100)).max(50),
    /** How many mentees they can take on at once. */
    capacity: z.int().min(0).max(100),
    sex: Sex.optional(),
    ethnicity: Ethnicity.optional(),
  }),
  policy: { name: 'local', email: 'local', sex: 'local', ethnicity: 'local' },
  readAccess: 'viewer',
  filters: ['kind', 'organisationId'],
  ownedBy: 'region',
  references: { organisationId: 'organisation' },
  authority: 'regional',
});

export type Coach = z.infer<typeof coachEntity.schema>;
