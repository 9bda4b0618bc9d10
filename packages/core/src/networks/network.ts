import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { HttpUrl, Ref, Text } from '../common/primitives.js';

export const NetworkType = z.enum([
  'ahsn',
  'clinical_network',
  'senate',
  'ldp',
  'improvement_coalition',
]);
export type NetworkType = z.infer<typeof NetworkType>;

/** The four national priority areas of clinical networks, plus local priorities. */
export const PriorityArea = z.enum([
  'cancer',
  'cardiovascular',
  'maternity_children',
  'mental_health_dementia_neurology',
  'local',
]);
export type PriorityArea = z.infer<typeof PriorityArea>;

/** AHSNs (15), clinical networks, clinical senates (12), LDPs (10) and improvement coalitions (15). */
export const networkEntity = defineEntity({
  name: 'network',
  collection: 'networks',
  domain: 'networks',
  description:
    'AHSNs, clinical networks, clinical senates, Local Delivery Partners and local improvement coalitions',
  schema: z
    .object({
      key: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(120),
      name: Text(200),
      type: NetworkType,
      geographyId: Ref.optional(),
      priorityArea: PriorityArea.optional(),
      /** For an improvement coalition: the AHSN it is coterminous with. */
      ahsnId: Ref.optional(),
      hostOrganisationId: Ref.optional(),
      website: HttpUrl(300).optional(),
    })
    .strict()
    .refine((n) => n.type !== 'clinical_network' || n.priorityArea !== undefined, {
      message: 'a clinical network needs a priorityArea',
      path: ['priorityArea'],
    }),
  filters: ['type', 'key', 'geographyId', 'priorityArea', 'ahsnId'],
  ownedBy: 'hub',
  references: { geographyId: 'geography', ahsnId: 'network', hostOrganisationId: 'organisation' },
  authority: 'national',
  naturalKeys: ['key'],
});
export type Network = z.infer<typeof networkEntity.schema>;
