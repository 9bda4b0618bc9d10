import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

/** The groups that need improvement skills (para 93), in the review's order. */
export const StaffGroup = z.enum([
  'front_line_staff',
  'clinicians',
  'operational_managers',
  'organisational_leaders',
  'local_system_leaders',
  'national_leaders',
]);
export type StaffGroup = z.infer<typeof StaffGroup>;

/** Levels of improvement capability, from awareness to expert. */
export const CapabilityLevel = z.enum(['awareness', 'practitioner', 'expert']);
export type CapabilityLevel = z.infer<typeof CapabilityLevel>;

/**
 * What is baselined (para 68.i: "improvement capability and leadership development"): improvement
 * skills (rec 9.i), or leadership development, each per staff group and level.
 */
export const BaselineDimension = z.enum(['improvement', 'leadership']);
export type BaselineDimension = z.infer<typeof BaselineDimension>;

const Count = z.number().int().min(0).max(10_000_000);

/**
 * A baseline assessment of improvement capability (rec 9.i): in one organisation, for one staff
 * group and level, how many staff there are (`headcount`), how many have that level of capability
 * (`trained`) and, optionally, how many should (`targetTrained`).
 */
export const capabilityAssessmentEntity = defineEntity({
  name: 'capability-assessment',
  collection: 'capability-assessments',
  domain: 'improvement',
  description:
    'Baseline improvement capability (or leadership development) of an organisation for one staff group and level: headcount, trained and target',
  schema: z
    .object({
      organisationId: Ref,
      /** Improvement capability (default) or leadership development (para 68.i). */
      dimension: BaselineDimension.default('improvement'),
      staffGroup: StaffGroup,
      level: CapabilityLevel,
      assessedOn: IsoDate,
      headcount: Count,
      trained: Count,
      targetTrained: Count.optional(),
      notes: z.string().max(2000).optional(),
    })
    .strict()
    .refine((a) => a.trained <= a.headcount, {
      message: 'trained must not exceed headcount',
      path: ['trained'],
    })
    .refine((a) => a.targetTrained === undefined || a.targetTrained <= a.headcount, {
      message: 'targetTrained must not exceed headcount',
      path: ['targetTrained'],
    }),
  filters: ['organisationId', 'dimension', 'staffGroup', 'level', 'assessedOn'],
  ownedBy: 'region',
  references: { organisationId: 'organisation' },
  authority: 'regional',
});
export type CapabilityAssessment = z.infer<typeof capabilityAssessmentEntity.schema>;
