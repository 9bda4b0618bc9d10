import type { WithId } from '../common/with-id.js';
import { ValidationError, type FieldIssue } from '../errors/domain-error.js';
import { analyseSpc, type SpcInput, type SpcResult } from './spc/index.js';
import type { Measure } from './measure.js';
import type { MeasureValue } from './measure-value.js';

export interface MeasureSeriesInput {
  measure: WithId<Pick<Measure, 'improvementDirection' | 'target' | 'rebase' | 'fixAfterNPoints'>>;
  /** Values of any measure may be passed; only this measure's are read. */
  values: readonly WithId<Pick<MeasureValue, 'measureId' | 'date' | 'value'>>[];
}

/**
 * The SPC input of a measure: its values by date with the measure's direction, target, rebase dates
 * and fixed-limit option. Two values on one date are refused (`ValidationError` naming both ids).
 * @example analyseSpc(measureSpcInput({ measure, values }))
 */
export function measureSpcInput(input: MeasureSeriesInput): SpcInput {
  const { measure } = input;
  const own = input.values
    .map((v, index) => ({ ...v, index }))
    .filter((v) => v.measureId === measure.id)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  const issues: FieldIssue[] = [];
  own.forEach((v, i) => {
    const prev = own[i - 1];
    if (prev && prev.date === v.date)
      issues.push({
        path: ['values', v.index, 'date'],
        message: `two values on ${v.date} (${prev.id} and ${v.id}); a measure has one value per date`,
      });
  });
  if (issues.length > 0)
    throw new ValidationError(
      `Measure ${measure.id} has more than one value on a date: ${issues.map((i) => i.message).join('; ')}`,
      issues,
    );
  return {
    points: own.map((v) => ({ date: v.date, value: v.value })),
    improvementDirection: measure.improvementDirection,
    ...(measure.target !== undefined ? { target: measure.target } : {}),
    rebase: [...(measure.rebase ?? [])],
    ...(measure.fixAfterNPoints !== undefined ? { fixAfterNPoints: measure.fixAfterNPoints } : {}),
  };
}

/**
 * A measure's "Making Data Count" XmR chart. Rebase dates with no value yet are ignored (as the
 * R package does), so a planned process change can be recorded before its data arrive.
 * @example analyseMeasure({ measure, values }).variationIcon
 */
export function analyseMeasure(input: MeasureSeriesInput): SpcResult {
  if (!input.values.some((v) => v.measureId === input.measure.id)) {
    throw new ValidationError(`Measure ${input.measure.id} has no values to chart yet`, [
      { path: ['values'], message: 'needs at least one value' },
    ]);
  }
  return analyseSpc(measureSpcInput(input), { strictRebase: false });
}
