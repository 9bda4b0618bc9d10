import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

export const ENROLMENT_STATUSES = ['offered', 'enrolled', 'completed', 'withdrawn'] as const;
export const EnrolmentStatus = z.enum(ENROLMENT_STATUSES);
export type EnrolmentStatus = z.infer<typeof EnrolmentStatus>;

/** A participant's place on a cohort, from offer to completion or withdrawal. */
export const enrolmentEntity = defineEntity({
  name: 'enrolment',
  collection: 'enrolments',
  domain: 'talent',
  description: "A participant's place on a programme cohort",
  schema: z.strictObject({
    cohortId: Ref,
    participantId: Ref,
    status: EnrolmentStatus,
    /** Date of the offer or enrolment. */
    enrolledOn: IsoDate,
    completedOn: IsoDate.optional(),
    /** Satisfaction at completion, 1 (poor) to 5 (excellent). */
    satisfaction: z.int().min(1).max(5).optional(),
  }),
  filters: ['cohortId', 'participantId', 'status'],
  ownedBy: 'region',
  authority: 'regional',
  references: { cohortId: 'cohort', participantId: 'participant' },
});

export type Enrolment = z.infer<typeof enrolmentEntity.schema>;
