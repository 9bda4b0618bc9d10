import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, HttpUrl, Ref, Text } from '../common/primitives.js';

/** An NHS organisation's own improvement / leadership strategy (rec 2). */
export const organisationStrategyEntity = defineEntity({
  name: 'organisation-strategy',
  collection: 'organisation-strategies',
  domain: 'strategies',
  description:
    "An organisation's improvement or leadership development strategy; alignment is recorded as alignment links",
  schema: z
    .object({
      organisationId: Ref,
      kind: z.enum(['improvement', 'leadership', 'combined']),
      title: Text(300),
      approvedOn: IsoDate.optional(),
      validUntil: IsoDate.optional(),
      url: HttpUrl(300).optional(),
    })
    .strict(),
  filters: ['organisationId', 'kind'],
  ownedBy: 'region',
  references: { organisationId: 'organisation' },
  authority: 'regional',
});
export type OrganisationStrategy = z.infer<typeof organisationStrategyEntity.schema>;
