import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;
export type FollowUpMonths = (typeof FOLLOW_UP_MONTHS)[number];

export const ATTAINMENT_LEVELS = ['not_started', 'partly', 'mostly', 'fully'] as const;
export const Attainment = z.enum(ATTAINMENT_LEVELS);
export type Attainment = z.infer<typeof Attainment>;

export const FollowUp = z.strictObject({
  dueMonths: z.union([z.literal(3), z.literal(6), z.literal(12)]),
  dueOn: IsoDate,
  doneOn: IsoDate.optional(),
  attainment: Attainment.optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

/**
 * A goal a participant sets at the end of a programme ("what will I commit to changing?", annex F
 * 29), followed up at 3, 6 and 12 months. The goal text is personal, so it stays `local`; the
 * follow-ups and their attainment feed value-for-money figures.
 */
export const evaluationGoalEntity = defineEntity({
  name: 'evaluation-goal',
  collection: 'evaluation-goals',
  domain: 'talent',
  description: 'A goal set at the end of a programme and followed up at 3, 6 and 12 months',
  schema: z.strictObject({
    enrolmentId: Ref,
    /** What will I commit to changing? */
    goal: z.string().trim().min(1).max(2000),
    setOn: IsoDate,
    followUps: z.array(FollowUp).max(3),
  }),
  policy: { goal: 'local' },
  filters: ['enrolmentId'],
  ownedBy: 'region',
  authority: 'regional',
  references: { enrolmentId: 'enrolment' },
});

export type EvaluationGoal = z.infer<typeof evaluationGoalEntity.schema>;
