import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref, Text } from '../common/primitives.js';

/** A priority of a national strategy, with a short code (e.g. `IMP-2`). */
export const priorityEntity = defineEntity({
  name: 'priority',
  collection: 'priorities',
  domain: 'strategies',
  description: 'A national strategy priority with its code',
  schema: z
    .object({
      strategyId: Ref,
      code: z.string().regex(/^[A-Z]{2,6}-\d{1,3}$/, 'expected a code like IMP-2'),
      title: Text(300),
      description: z.string().max(4000).optional(),
    })
    .strict(),
  filters: ['strategyId', 'code'],
  ownedBy: 'hub',
  references: { strategyId: 'national-strategy' },
  naturalKeys: ['code'],
  authority: 'national',
});
export type Priority = z.infer<typeof priorityEntity.schema>;
