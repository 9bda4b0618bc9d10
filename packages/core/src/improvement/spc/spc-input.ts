import { z } from 'zod';
import { parseOrThrow } from '../../errors/from-zod.js';

/** Most points one SPC request may carry. */
export const SPC_MAX_POINTS = 10_000;

/** Smallest `fixAfterNPoints` the package accepts (`R/ptd_spc_options.R`). */
export const SPC_MIN_FIX_AFTER_N_POINTS = 12;

/** Which way is better: up, down, or neither (`neutral`). */
export const ImprovementDirection = z.enum(['increase', 'decrease', 'neutral']);
export type ImprovementDirection = z.infer<typeof ImprovementDirection>;

/** A calendar date written `YYYY-MM-DD` (a real date: no 2021-02-29). */
export const SpcDate = z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' }).max(10);

/** One observation: its date and its value (`null` = missing, R's `NA`). */
export const SpcPoint = z.strictObject({
  date: SpcDate,
  value: z.number({ error: 'must be a finite number or null' }).nullable(),
});
export type SpcPoint = z.infer<typeof SpcPoint>;

const SpcInputObject = z.strictObject({
  points: z
    .array(SpcPoint)
    .min(1, 'needs at least one point')
    .max(SPC_MAX_POINTS, `must have at most ${SPC_MAX_POINTS} points`),
  improvementDirection: ImprovementDirection.default('increase'),
  target: z.number({ error: 'must be a finite number' }).nullish(),
  rebase: z.array(SpcDate).max(SPC_MAX_POINTS).default([]),
  fixAfterNPoints: z
    .number()
    .int('must be a whole number')
    .min(SPC_MIN_FIX_AFTER_N_POINTS, `must be at least ${SPC_MIN_FIX_AFTER_N_POINTS}`)
    .nullish(),
  screenOutliers: z.boolean().default(true),
});

/** How strictly to read an input. */
export interface SpcInputOptions {
  /**
   * Reject a rebase date that is not one of the points' dates (path `rebase.<i>`). Default
   * `true` (the API). `false` follows the R package, which silently ignores such dates.
   */
  strictRebase?: boolean;
}

/** Builds the input schema; `strictRebase` (default true) rejects rebase dates with no point. */
export function spcInputSchema(options: SpcInputOptions = {}) {
  const strictRebase = options.strictRebase ?? true;
  return SpcInputObject.superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.points.forEach((p, i) => {
      const first = seen.get(p.date);
      if (first === undefined) seen.set(p.date, i);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['points', i, 'date'],
          message: `duplicate date ${p.date} (also at points.${first}.date); each date may appear once`,
        });
    });
    if (!strictRebase) return;
    input.rebase.forEach((d, i) => {
      // A malformed date already has its own issue (string format checks do not stop refinements).
      if (!seen.has(d) && SpcDate.safeParse(d).success)
        ctx.addIssue({
          code: 'custom',
          path: ['rebase', i],
          message: `rebase date ${d} is not the date of any point`,
        });
    });
  });
}

/** The API's input schema: strict about rebase dates. */
export const SpcInput = spcInputSchema({ strictRebase: true });
/** What a caller sends (defaults not yet applied). */
export type SpcInput = z.input<typeof SpcInput>;
/** A validated input, defaults applied. */
export type SpcParsedInput = z.output<typeof SpcInput>;

const lenientSchema = spcInputSchema({ strictRebase: false });

/** Validates `input`, throwing a `ValidationError` with field paths (e.g. `points.3.date`). */
export function parseSpcInput(input: unknown, options: SpcInputOptions = {}): SpcParsedInput {
  const schema = (options.strictRebase ?? true) ? SpcInput : lenientSchema;
  return parseOrThrow(schema, input, 'The SPC input is not valid');
}
