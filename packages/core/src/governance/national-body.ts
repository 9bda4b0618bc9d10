import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref, Text } from '../common/primitives.js';

/**
 * The six national bodies, the Department of Health as system sponsor, frontline representatives, the
 * national programmes, and NHS England's four regional teams (annex G: Regional Medical Directors).
 */
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
        'regional_team',
      ]),
      /** For an NHS England regional team (its Regional Medical Director): the region it serves. */
      regionId: Ref.optional(),
    })
    .strict(),
  filters: ['kind', 'key', 'regionId'],
  ownedBy: 'hub',
  references: { regionId: 'geography' },
  naturalKeys: ['key'],
  authority: 'national',
});
export type NationalBody = z.infer<typeof nationalBodyEntity.schema>;
