import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';
import { AssuranceStatus } from './assurance-return.js';
import { NhsRegion } from './nhs-region.js';

/** What a Regional Medical Team assesses: quarterly assurance returns and business plans (annex G 59.b). */
export const AssessmentSubject = z.enum(['assurance-return', 'business-plan']);
export type AssessmentSubject = z.infer<typeof AssessmentSubject>;

/** The steps only the assessing team takes: review, return for changes, sign off. */
export const AssessmentAction = z.enum(['review', 'return', 'sign_off']);
export type AssessmentAction = z.infer<typeof AssessmentAction>;

/**
 * A Regional Medical Team's decision on a region's submitted assurance return or business plan
 * (annex G 59.b: "assessed by Regional Medical Teams through business planning sign off and
 * quarterly assurance processes"). Written only at the hub, by an assessor of the network's
 * region; it reaches the region on its next pull, and the region's instance, the single writer of
 * its own return, applies it.
 */
export const assessmentDecisionEntity = defineEntity({
  name: 'assessment-decision',
  collection: 'assessment-decisions',
  domain: 'governance',
  description:
    "A Regional Medical Team's decision (review, return for changes, sign off) on an assurance return or business plan, made at the hub",
  schema: z
    .object({
      subject: AssessmentSubject,
      subjectId: Ref,
      /** The instance that owns (and alone writes) the assessed record. */
      subjectOwner: z.string().min(1).max(120),
      networkId: Ref,
      region: NhsRegion,
      /** When the assessed submission was made (the `at` of its submit step). */
      submittedAt: z.string().min(1).max(40),
      action: AssessmentAction,
      from: AssuranceStatus,
      to: AssuranceStatus,
      comment: z.string().max(2000).optional(),
      /** The assessing team's token name and id. */
      assessor: z.string().min(1).max(200),
      decidedAt: z.string().min(1).max(40),
    })
    .strict(),
  filters: ['subject', 'subjectId', 'subjectOwner', 'networkId', 'region', 'action'],
  ownedBy: 'hub',
  references: {
    subjectId: {
      by: 'subject',
      entities: { 'assurance-return': 'assurance-return', 'business-plan': 'business-plan' },
    },
    networkId: 'network',
  },
  readOnly: [
    'subject',
    'subjectId',
    'subjectOwner',
    'networkId',
    'region',
    'submittedAt',
    'action',
    'from',
    'to',
    'comment',
    'assessor',
    'decidedAt',
  ],
  lockedReason: () => 'An assessment decision is a record of what was decided: it is never changed',
});
export type AssessmentDecision = z.infer<typeof assessmentDecisionEntity.schema>;
