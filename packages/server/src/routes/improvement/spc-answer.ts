import { z } from 'zod';
import type { SpcResult } from '@tessera/core';

export const SpcAnswer = z
  .object({
    points: z.array(
      z.object({
        date: z.string(),
        value: z.number().nullable(),
        mean: z.number().nullable(),
        lpl: z.number().nullable(),
        upl: z.number().nullable(),
        twoSigmaLower: z.number().nullable(),
        twoSigmaUpper: z.number().nullable(),
        specialCauseType: z.string(),
        pointType: z.string(),
        rebaseGroup: z.number(),
      }),
    ),
    warnings: z.array(z.string()),
    variationIcon: z.string(),
    assuranceIcon: z.string().nullable(),
  })
  .meta({
    id: 'SpcAnalysis',
    description: 'XmR ("Making Data Count") analysis, as NHSRplotthedots computes it',
  });

/** The answer of `POST /spc`: the fields of each point a chart needs, in date order. */
export function spcAnswer(r: SpcResult) {
  return {
    points: r.points.map((p) => ({
      date: p.date,
      value: p.value,
      mean: p.mean,
      lpl: p.lpl,
      upl: p.upl,
      twoSigmaLower: p.twoSigmaLower,
      twoSigmaUpper: p.twoSigmaUpper,
      specialCauseType: p.specialCauseType,
      pointType: p.pointType,
      rebaseGroup: p.rebaseGroup,
    })),
    warnings: r.warnings,
    variationIcon: r.variationIcon,
    assuranceIcon: r.assuranceIcon,
  };
}
