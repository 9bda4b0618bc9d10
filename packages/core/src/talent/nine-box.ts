import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

const Rating = z.int().min(1).max(3);

/**
 * A nine-box talent assessment (performance x potential, each 1 low to 3 high). Personal
 * judgements: every field is `local` and the records stay with the region that made them.
 */
export const nineBoxEntity = defineEntity({
  name: 'nine-box',
  collection: 'nine-boxes',
  domain: 'talent',
  description: 'A nine-box assessment of performance and potential',
  schema: z.strictObject({
    participantId: Ref,
    performance: Rating,
    potential: Rating,
    assessedOn: IsoDate,
  }),
  policy: { participantId: 'local', performance: 'local', potential: 'local', assessedOn: 'local' },
  readAccess: 'viewer',
  filters: ['participantId'],
  ownedBy: 'region',
  authority: 'regional',
  references: { participantId: 'participant' },
});

export type NineBox = z.infer<typeof nineBoxEntity.schema>;
