import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Text } from '../common/primitives.js';

export const StrategyKind = z.enum(['improvement', 'leadership']);

/** The national improvement strategy and the national leadership development strategy (rec 1). */
export const nationalStrategyEntity = defineEntity({
  name: 'national-strategy',
  collection: 'national-strategies',
  domain: 'strategies',
  description:
    'A national strategy: improvement, or leadership development (with talent management)',
  schema: z
    .object({
      key: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(80),
      kind: StrategyKind,
      title: Text(300),
      startsOn: IsoDate.optional(),
      endsOn: IsoDate.optional(),
      status: z.enum(['draft', 'published', 'retired']).default('draft'),
    })
    .strict(),
  filters: ['kind', 'status'],
  ownedBy: 'hub',
  naturalKeys: ['key'],
  authority: 'national',
});
export type NationalStrategy = z.infer<typeof nationalStrategyEntity.schema>;
