import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, HttpUrl, Ref, Text } from '../common/primitives.js';

export const RecommendationStatus = z.enum([
  'not_started',
  'in_progress',
  'implemented',
  'superseded',
]);

/**
 * A sub-point or paragraph of a recommendation, in the review's order: `label` is the review's own
 * numbering (`i`, `ii`, ...; absent for unnumbered bullets and paragraphs), `level` 0 for a paragraph
 * of the recommendation itself, 1 for a sub-point (or a paragraph continuing one), 2 for a bullet
 * under a sub-point.
 */
export const RecommendationPoint = z
  .object({
    label: z
      .string()
      .regex(/^[a-z]{1,6}$/)
      .optional(),
    text: Text(3000),
    level: z.number().int().min(0).max(2),
  })
  .strict();
export type RecommendationPoint = z.infer<typeof RecommendationPoint>;

/**
 * The review's 16 recommendations as a register of implementation (paras 118-129): `text` is the
 * recommendation's opening paragraph and `points` the rest, word for word (paras 112-116).
 */
export const recommendationEntity = defineEntity({
  name: 'recommendation',
  collection: 'recommendations',
  domain: 'governance',
  description: "The review's 16 recommendations with implementation status, owner and evidence",
  schema: z
    .object({
      number: z.number().int().min(1).max(99),
      title: Text(300),
      text: z.string().max(5000).optional(),
      points: z.array(RecommendationPoint).max(60).default([]),
      paragraph: z.string().max(20).optional(),
      status: RecommendationStatus.default('not_started'),
      ownerBodyId: Ref.optional(),
      dueDate: IsoDate.optional(),
      evidence: z
        .array(
          z.object({ date: IsoDate, summary: Text(1000), url: HttpUrl(300).optional() }).strict(),
        )
        .max(100)
        .default([]),
    })
    .strict(),
  filters: ['status', 'ownerBodyId', 'number'],
  ownedBy: 'hub',
  references: { ownerBodyId: 'national-body' },
  authority: 'national',
});
export type Recommendation = z.infer<typeof recommendationEntity.schema>;
