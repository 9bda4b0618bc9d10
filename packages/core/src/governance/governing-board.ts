import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref, Text } from '../common/primitives.js';

/** The two national Governing Boards: improvement, and leadership (chaired by HEE) (rec 3, rec 12). */
export const governingBoardEntity = defineEntity({
  name: 'governing-board',
  collection: 'governing-boards',
  domain: 'governance',
  description: 'The two national Governing Boards (improvement; leadership, chaired by HEE)',
  schema: z
    .object({
      key: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(80),
      name: Text(200),
      /** `senate`: the one overarching senate governing body of a region (annex G 55.b). */
      kind: z.enum(['improvement', 'leadership', 'senate']),
      chairBodyId: Ref.optional(),
      /** For a senate governing body: its NHS England region. */
      regionId: Ref.optional(),
    })
    .strict(),
  filters: ['kind', 'regionId'],
  ownedBy: 'hub',
  references: { chairBodyId: 'national-body', regionId: 'geography' },
  naturalKeys: ['key'],
  authority: 'national',
});
export type GoverningBoard = z.infer<typeof governingBoardEntity.schema>;
