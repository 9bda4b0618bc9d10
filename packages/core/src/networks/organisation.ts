import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref, Text } from '../common/primitives.js';

export const OrganisationType = z.enum([
  'acute',
  'mental_health',
  'community',
  'ambulance',
  'commissioner',
  'primary_care',
  'local_authority',
  'care_home',
  'csu',
  'independent',
  'voluntary',
  'university',
  'national_body',
  'other',
]);
export type OrganisationType = z.infer<typeof OrganisationType>;

/** Organisations of the health and care system, keyed by ODS code where they have one. */
export const organisationEntity = defineEntity({
  name: 'organisation',
  collection: 'organisations',
  domain: 'networks',
  description:
    'Organisations (NHS trusts, commissioners, local partners) with their ODS code and type',
  schema: z
    .object({
      odsCode: z
        .string()
        .regex(/^[A-Z0-9]{3,10}$/, 'expected an ODS code like RJZ')
        .optional(),
      name: Text(200),
      type: OrganisationType,
      postcode: z.string().max(10).optional(),
      geographyId: Ref.optional(),
      localOffice: z.string().max(10).optional(),
      openedOn: IsoDate.optional(),
      closedOn: IsoDate.optional(),
    })
    .strict(),
  filters: ['type', 'odsCode', 'geographyId', 'localOffice'],
  ownedBy: 'hub',
  // the ODS directory is national; a region may add its own local partners, never a second holder of an ODS code
  authority: 'directory',
  naturalKeys: ['odsCode'],
});
export type Organisation = z.infer<typeof organisationEntity.schema>;
