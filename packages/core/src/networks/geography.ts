import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref, Text } from '../common/primitives.js';

export const GeographyKind = z.enum(['country', 'region', 'senate_geography']);

/** NHS England regions (2015) and the 12 clinical senate / strategic clinical network geographies. */
export const geographyEntity = defineEntity({
  name: 'geography',
  collection: 'geographies',
  domain: 'networks',
  description: 'NHS England regions and the 12 clinical senate / clinical network geographies',
  schema: z
    .object({
      key: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(80),
      name: Text(200),
      kind: GeographyKind,
      parentId: Ref.optional(),
    })
    .strict(),
  filters: ['kind', 'key', 'parentId'],
  ownedBy: 'hub',
  references: { parentId: 'geography' },
  naturalKeys: ['key'],
  authority: 'national',
});
export type Geography = z.infer<typeof geographyEntity.schema>;
