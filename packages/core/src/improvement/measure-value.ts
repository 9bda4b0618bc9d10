import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

/** One observation of a measure: one value per date (`analyseMeasure` refuses repeated dates). */
export const measureValueEntity = defineEntity({
  name: 'measure-value',
  collection: 'measure-values',
  domain: 'improvement',
  description: 'One dated value of a measure',
  schema: z
    .object({
      measureId: Ref,
      date: IsoDate,
      value: z.number(),
      /** An annotation for the chart (what happened that day). */
      note: z.string().max(500).optional(),
    })
    .strict(),
  filters: ['measureId'],
  ownedBy: 'region',
  authority: 'regional',
});
export type MeasureValue = z.infer<typeof measureValueEntity.schema>;
