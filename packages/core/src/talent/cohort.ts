import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

/**
 * One run of a programme delivered by an LDP: its dates and number of places. `endDate` on or after
 * `startDate` is checked by the workflow, not the schema (schemas stay plain objects for the store).
 */
export const cohortEntity = defineEntity({
  name: 'cohort',
  collection: 'cohorts',
  domain: 'talent',
  description: 'A cohort of a leadership programme delivered by a Local Delivery Partner',
  schema: z.strictObject({
    programmeId: Ref,
    /** The LDP network delivering this cohort. */
    ldpId: Ref,
    startDate: IsoDate,
    endDate: IsoDate,
    places: z.int().min(1).max(10_000),
    /** The organisation delivering the sessions (a university, a provider...). */
    deliveryPartner: z.string().trim().min(1).max(200),
  }),
  filters: ['programmeId', 'ldpId'],
  ownedBy: 'region',
  references: { programmeId: 'programme', ldpId: 'network' },
  authority: 'regional',
});

export type Cohort = z.infer<typeof cohortEntity.schema>;
