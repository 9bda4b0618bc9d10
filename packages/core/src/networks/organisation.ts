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
  /** Collaborations for Leadership in Applied Health Research and Care (rec 7.i). */
  'clahrc',
  /** Local improvement agencies such as the Advancing Quality Alliance (AQuA) (rec 7.i). */
  'improvement_agency',
  'healthwatch',
  /** Local Education and Training Boards (rec 7.i). */
  'letb',
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
      /** The organisation that took over when this one closed (a merger: RW3 and RM2 -> R0A). */
      successorId: Ref.optional(),
    })
    .strict()
    .refine((o) => o.successorId === undefined || o.closedOn !== undefined, {
      message: 'an organisation with a successor has closed: give closedOn',
      path: ['closedOn'],
    }),
  filters: ['type', 'odsCode', 'geographyId', 'localOffice', 'successorId'],
  ownedBy: 'hub',
  references: { geographyId: 'geography', successorId: 'organisation' },
  // the ODS directory is national; a region may add its own local partners, never a second holder of an ODS code
  authority: 'directory',
  naturalKeys: ['odsCode'],
});
export type Organisation = z.infer<typeof organisationEntity.schema>;
