import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Text } from '../common/primitives.js';

/** The six national bodies, the Department of Health as system sponsor, and frontline representatives. */
export const nationalBodyEntity = defineEntity({
  name: 'national-body',
  collection: 'national-bodies',
  domain: 'governance',
  description:
    'National bodies (NHS England, TDA, Monitor, HEE, PHE, CQC), DH as sponsor, frontline representatives',
  schema: z
    .object({
      key: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(80),
      name: Text(200),
      shortName: z.string().max(40).optional(),
      kind: z.enum([
        'national_body',
        'system_sponsor',
        'frontline_representative',
        'national_programme',
      ]),
    })
    .strict(),
  filters: ['kind', 'key'],
  ownedBy: 'hub',
  authority: 'national',
});
export type NationalBody = z.infer<typeof nationalBodyEntity.schema>;
