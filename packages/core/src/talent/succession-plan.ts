import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';

/** How soon a successor could take the post. */
export const READINESS_LEVELS = ['ready_now', '1_2_years', '3_5_years'] as const;
export const Readiness = z.enum(READINESS_LEVELS);
export type Readiness = z.infer<typeof Readiness>;

export const Successor = z.strictObject({
  /** An opaque reference to the person (never a name). */
  personRef: Ref.max(200),
  readiness: Readiness,
});
export type Successor = z.infer<typeof Successor>;

/** The succession plan of a senior post: its potential successors and their readiness. */
export const successionPlanEntity = defineEntity({
  name: 'succession-plan',
  collection: 'succession-plans',
  domain: 'talent',
  description: 'The succession plan of a senior post',
  schema: z.strictObject({
    postId: Ref,
    successors: z.array(Successor).max(50),
  }),
  policy: { successors: 'local' },
  readAccess: 'viewer',
  filters: ['postId'],
  ownedBy: 'hub',
  references: { postId: 'senior-post' },
  authority: 'national',
});

export type SuccessionPlan = z.infer<typeof successionPlanEntity.schema>;
