import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, HttpUrl, Ref, Text } from '../common/primitives.js';

export const RecommendationStatus = z.enum([
  'not_started',
  'in_progress',
  'implemented',
  'superseded',
]);

/** The review's 16 recommendations as a register of implementation (paras 118-129). */
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
  authority: 'national',
});
export type Recommendation = z.infer<typeof recommendationEntity.schema>;
