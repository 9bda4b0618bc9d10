import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref, Text } from '../common/primitives.js';
import { ImprovementDirection, SPC_MIN_FIX_AFTER_N_POINTS } from './spc/spc-input.js';

/** Outcome, process and balancing measures (the Model for Improvement's family of measures). */
export const MeasureKind = z.enum(['outcome', 'process', 'balancing']);
export type MeasureKind = z.infer<typeof MeasureKind>;

/** A measure of an improvement project, with the SPC options its chart is drawn with. */
export const measureEntity = defineEntity({
  name: 'measure',
  collection: 'measures',
  domain: 'improvement',
  description:
    'An outcome, process or balancing measure of an improvement project, charted with SPC',
  schema: z
    .object({
      projectId: Ref,
      name: Text(200),
      kind: MeasureKind,
      definition: Text(2000),
      unit: Text(40),
      improvementDirection: ImprovementDirection.default('increase'),
      target: z.number().optional(),
      /** Dates where the process changed: the SPC limits are recalculated from each. */
      rebase: z.array(IsoDate).max(100).default([]),
      /** Fix the limits after this many points (at least 12). */
      fixAfterNPoints: z.number().int().min(SPC_MIN_FIX_AFTER_N_POINTS).max(10_000).optional(),
    })
    .strict(),
  filters: ['projectId', 'kind'],
  ownedBy: 'region',
  authority: 'regional',
});
export type Measure = z.infer<typeof measureEntity.schema>;
