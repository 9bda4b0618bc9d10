import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, HttpUrl, Ref, Text } from '../common/primitives.js';

export const ResourceKind = z.enum(['toolkit', 'case_study', 'e_learning', 'guidance']);
export type ResourceKind = z.infer<typeof ResourceKind>;

/** A tag: trimmed, lower case, at most 50 characters. */
export const ResourceTag = z.string().trim().toLowerCase().min(1).max(50);

/** A shared improvement resource of the one-stop shop (rec 8): toolkits, case studies, e-learning, guidance. */
export const improvementResourceEntity = defineEntity({
  name: 'improvement-resource',
  collection: 'improvement-resources',
  domain: 'improvement',
  description:
    'A resource of the one-stop shop: a toolkit, case study, e-learning module or guidance',
  schema: z
    .object({
      title: Text(300),
      kind: ResourceKind,
      summary: Text(4000),
      url: HttpUrl(500).optional(),
      tags: z.array(ResourceTag).max(30).default([]),
      /** The network that contributed it (e.g. an AHSN's case study); national resources have none. */
      networkId: Ref.optional(),
      publishedOn: IsoDate.optional(),
    })
    .strict(),
  filters: ['kind', 'networkId'],
  ownedBy: 'hub',
  references: { networkId: 'network' },
  authority: 'national',
});
export type ImprovementResource = z.infer<typeof improvementResourceEntity.schema>;
