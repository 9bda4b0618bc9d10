import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate } from '../common/primitives.js';
import { PROTECTED_CHARACTERISTICS } from './protected-characteristics.js';
import { publishedTableIssues } from './published-table-issues.js';

/** Whose diversity: programme participants, talent-pool members, or leaders (para 103). */
export const DiversityPopulation = z.enum([
  'participants',
  'pool_members',
  'board_members',
  'senior_post_holders',
  'leaders',
]);
export type DiversityPopulation = z.infer<typeof DiversityPopulation>;
/** The rows of a published table. */
export const DiversityGroupBy = z.enum(['programme', 'ldp', 'organisation', 'pool', 'role']);
export type DiversityGroupBy = z.infer<typeof DiversityGroupBy>;

const Published = z.union([
  z.object({ value: z.number().int().nonnegative() }).strict(),
  z.object({ suppressed: z.literal(true) }).strict(),
]);

/**
 * A published, small-number-suppressed diversity table computed at a local instance: the only
 * form in which protected characteristics reach the hub.
 */
export const diversityAggregateEntity = defineEntity({
  name: 'diversity-aggregate',
  collection: 'diversity-aggregates',
  domain: 'talent',
  description:
    'A suppressed diversity table (counts by group and category) published by a local instance; the only form in which protected characteristics leave it',
  schema: z
    .object({
      population: DiversityPopulation,
      characteristic: z.enum(PROTECTED_CHARACTERISTICS),
      groupBy: DiversityGroupBy,
      threshold: z.number().int().min(2).max(100),
      computedOn: IsoDate,
      categories: z.array(z.string().max(80)).max(50),
      rows: z
        .array(
          z
            .object({
              group: z.string().max(120),
              cells: z.array(Published).max(50),
              total: Published,
            })
            .strict(),
        )
        .max(2000),
      columnTotals: z.array(Published).max(50),
      grandTotal: Published,
    })
    .strict(),
  filters: ['population', 'characteristic', 'groupBy'],
  ownedBy: 'region',
  thresholdField: 'threshold',
  authority: 'regional',
  // suppressed as published, whoever computed it: the hub refuses a table that shows a small count
  recordIssues: publishedTableIssues,
});
export type DiversityAggregate = z.infer<typeof diversityAggregateEntity.schema>;
