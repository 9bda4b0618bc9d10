import { z } from 'zod';
import { parseOrThrow } from '../../errors/from-zod.js';
import { SafeString } from '../../common/primitives.js';

/**
 * Funnel plot for comparing a proportion across organisations (Spiegelhalter 2005): the pooled
 * proportion p = sum(numerators) / sum(denominators) is the target; around it, for each
 * denominator n, control limits p +/- z * sqrt(p(1 - p) / n) at 95% (z = 1.959964) and 99.8%
 * (z = 3.090232), clamped to [0, 1]. A unit is `outside998` if strictly beyond its 99.8% limits,
 * else `outside95` if strictly beyond its 95% limits, else `inside`; outside units say which side.
 */

/** Two-sided 95% normal quantile. */
export const FUNNEL_Z95 = 1.959964;
/** Two-sided 99.8% normal quantile. */
export const FUNNEL_Z998 = 3.090232;
/** Most units one funnel request may carry. */
export const FUNNEL_MAX_UNITS = 10_000;

export const FunnelUnit = z
  .strictObject({
    unit: SafeString(200).min(1, 'must not be empty'),
    numerator: z.number({ error: 'must be a finite number' }).min(0, 'must not be negative'),
    denominator: z.number({ error: 'must be a finite number' }).positive('must be greater than 0'),
  })
  .refine((u) => !(u.denominator > 0) || u.numerator <= u.denominator, {
    path: ['numerator'],
    message: 'must not exceed the denominator',
  });
export type FunnelUnit = z.infer<typeof FunnelUnit>;

export const FunnelInput = z
  .array(FunnelUnit)
  .min(1, 'needs at least one unit')
  .max(FUNNEL_MAX_UNITS, `must have at most ${FUNNEL_MAX_UNITS} units`)
  .superRefine((units, ctx) => {
    const seen = new Set<string>();
    units.forEach((u, i) => {
      if (seen.has(u.unit))
        ctx.addIssue({ code: 'custom', path: [i, 'unit'], message: `duplicate unit ${u.unit}` });
      seen.add(u.unit);
    });
  });
export type FunnelInput = z.input<typeof FunnelInput>;

/** The four funnel limits at one denominator. */
export interface FunnelLimits {
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export type FunnelFlag = 'inside' | 'outside95' | 'outside998';

export interface FunnelUnitResult extends FunnelUnit, FunnelLimits {
  proportion: number;
  flag: FunnelFlag;
  /** Which side of the funnel an outside unit is on; `null` when inside. */
  side: 'above' | 'below' | null;
}

export interface FunnelResult {
  pooledProportion: number;
  units: FunnelUnitResult[];
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** The 95% and 99.8% limits around proportion `p` for denominator `n`, clamped to [0, 1]. */
export function funnelLimits(p: number, n: number): FunnelLimits {
  const se = Math.sqrt((p * (1 - p)) / n);
  return {
    lower95: clamp01(p - FUNNEL_Z95 * se),
    upper95: clamp01(p + FUNNEL_Z95 * se),
    lower998: clamp01(p - FUNNEL_Z998 * se),
    upper998: clamp01(p + FUNNEL_Z998 * se),
  };
}

/** Classifies a proportion against limits (strictly beyond = outside). */
export function funnelFlag(
  proportion: number,
  limits: FunnelLimits,
): { flag: FunnelFlag; side: 'above' | 'below' | null } {
  if (proportion > limits.upper998) return { flag: 'outside998', side: 'above' };
  if (proportion < limits.lower998) return { flag: 'outside998', side: 'below' };
  if (proportion > limits.upper95) return { flag: 'outside95', side: 'above' };
  if (proportion < limits.lower95) return { flag: 'outside95', side: 'below' };
  return { flag: 'inside', side: null };
}

/** The funnel lines for drawing: limits at `steps` denominators spread evenly over [from, to]. */
export function funnelCurve(
  p: number,
  from: number,
  to: number,
  steps = 100,
): Array<FunnelLimits & { denominator: number }> {
  const count = Math.max(2, Math.floor(steps));
  return Array.from({ length: count }, (_, i) => {
    const denominator = from + ((to - from) * i) / (count - 1);
    return { denominator, ...funnelLimits(p, denominator) };
  });
}

/** Validates the units (throws `ValidationError` with paths like `3.numerator`) and builds the funnel. */
export function analyseFunnel(input: FunnelInput): FunnelResult {
  const units = parseOrThrow(FunnelInput, input, 'The funnel plot input is not valid');
  let num = 0;
  let den = 0;
  for (const u of units) {
    num += u.numerator;
    den += u.denominator;
  }
  const p = num / den;
  return {
    pooledProportion: p,
    units: units.map((u) => {
      const proportion = u.numerator / u.denominator;
      const limits = funnelLimits(p, u.denominator);
      return {
        unit: u.unit,
        numerator: u.numerator,
        denominator: u.denominator,
        proportion,
        ...limits,
        ...funnelFlag(proportion, limits),
      };
    }),
  };
}
