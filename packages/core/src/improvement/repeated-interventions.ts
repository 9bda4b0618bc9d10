import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { Intervention, InterventionBody, InterventionKind } from './intervention.js';
import { addMonths } from '../calendar/day-number.js';
import { isIsoDate } from '../calendar/iso-date.js';

export interface RepeatedInterventionsInput {
  interventions: readonly WithId<
    Pick<Intervention, 'organisationId' | 'body' | 'kind' | 'startDate' | 'endDate'>
  >[];
  /** The day judged, `YYYY-MM-DD`; interventions starting after it are not known yet. */
  asOf: string;
  /** The look-back window in calendar months (default 36). */
  windowMonths?: number;
  /** How many interventions in the window make it "repeated" (default 2). */
  threshold?: number;
}

/** An organisation that received `threshold` or more interventions within the window. */
export interface RepeatedInterventionFlag {
  organisationId: string;
  count: number;
  /** The interventions in the window, by start date then id. */
  interventionIds: string[];
  /** Distinct bodies involved, sorted. */
  bodies: InterventionBody[];
  kinds: InterventionKind[];
  firstStart: string;
  lastStart: string;
  /** How many are still running on `asOf`. */
  ongoing: number;
}

/** Two interventions by different bodies in the same organisation at the same time. */
export interface ConcurrentInterventionFlag {
  organisationId: string;
  /** The pair, earlier start first (then by id). */
  interventionIds: [string, string];
  bodies: [InterventionBody, InterventionBody];
  /** The first day both ran. */
  from: string;
  /** The last day both ran; null while both run past `asOf` (no end date on or before it). */
  to: string | null;
}

export interface RepeatedInterventions {
  asOf: string;
  /** First day of the window (asOf minus `windowMonths`, day clamped to the month's end). */
  windowStart: string;
  windowMonths: number;
  threshold: number;
  /** Most interventions first, then by organisation id. */
  repeated: RepeatedInterventionFlag[];
  /** By organisation, then the first day of overlap, then ids. */
  concurrent: ConcurrentInterventionFlag[];
  /** Organisations with either flag, sorted. */
  flaggedOrganisationIds: string[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `date` minus `months` calendar months, the day clamped to the end of the month
 * (2016-05-31 - 3 = 2016-02-29); a `ValidationError` when `date` is not a date `YYYY-MM-DD`.
 */
export function subtractMonths(date: string, months: number): string {
  return addMonths(date, -months, 'date');
}

function positiveInt(
  value: number | undefined,
  fallback: number,
  field: string,
  max: number,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new ValidationError(`${field} must be a whole number from 1 to ${max}`, [
      { path: [field], message: `expected an integer 1-${max}` },
    ]);
  return n;
}

/**
 * Para 98: intervention should be "targeted and limited ... to avoid the need for repeated
 * intervention". Flags organisations with `threshold` or more interventions in the window (started
 * in it, or started before it and still running into it), and pairs of interventions by different
 * bodies that ran at the same time. Open-ended interventions run to `asOf`.
 * @example flagRepeatedInterventions({ interventions, asOf: '2015-10-01' }).repeated[0]?.bodies
 */
export function flagRepeatedInterventions(
  input: RepeatedInterventionsInput,
): RepeatedInterventions {
  const { asOf } = input;
  if (!isIsoDate(asOf))
    throw new ValidationError(`asOf must be a date YYYY-MM-DD, got "${asOf}"`, [
      { path: ['asOf'], message: 'expected YYYY-MM-DD' },
    ]);
  const windowMonths = positiveInt(input.windowMonths, 36, 'windowMonths', 1200);
  const threshold = positiveInt(input.threshold, 2, 'threshold', 10_000);
  const windowStart = subtractMonths(asOf, windowMonths);
  const byOrg = inWindowByOrganisation(input.interventions, asOf, windowStart);
  const repeated: RepeatedInterventionFlag[] = [];
  const concurrent: ConcurrentInterventionFlag[] = [];
  for (const [organisationId, list] of byOrg) {
    list.sort((a, b) => cmp(a.startDate, b.startDate) || cmp(a.id, b.id));
    if (list.length >= threshold) repeated.push(repeatedFlag(organisationId, list, asOf));
    concurrent.push(...concurrentPairs(organisationId, list, asOf));
  }
  repeated.sort((a, b) => b.count - a.count || cmp(a.organisationId, b.organisationId));
  concurrent.sort(
    (a, b) =>
      cmp(a.organisationId, b.organisationId) ||
      cmp(a.from, b.from) ||
      cmp(a.interventionIds[0], b.interventionIds[0]) ||
      cmp(a.interventionIds[1], b.interventionIds[1]),
  );
  const flaggedOrganisationIds = [
    ...new Set([
      ...repeated.map((r) => r.organisationId),
      ...concurrent.map((c) => c.organisationId),
    ]),
  ].sort(cmp);
  return {
    asOf,
    windowStart,
    windowMonths,
    threshold,
    repeated,
    concurrent,
    flaggedOrganisationIds,
  };
}

type Item = RepeatedInterventionsInput['interventions'][number];

/** The interventions that started by `asOf` and ran into the window, by organisation; checks their dates. */
function inWindowByOrganisation(
  interventions: readonly Item[],
  asOf: string,
  windowStart: string,
): Map<string, Item[]> {
  const byOrg = new Map<string, Item[]>();
  interventions.forEach((i, index) => {
    if (!isIsoDate(i.startDate))
      throw new ValidationError(`interventions.${index}.startDate must be a date`, [
        { path: ['interventions', index, 'startDate'], message: 'expected YYYY-MM-DD' },
      ]);
    if (i.endDate !== undefined && !isIsoDate(i.endDate))
      throw new ValidationError(`interventions.${index}.endDate must be a date`, [
        { path: ['interventions', index, 'endDate'], message: 'expected YYYY-MM-DD' },
      ]);
    if (i.startDate > asOf || (i.endDate !== undefined && i.endDate < windowStart)) return;
    const list = byOrg.get(i.organisationId);
    if (list) list.push(i);
    else byOrg.set(i.organisationId, [i]);
  });
  return byOrg;
}

/** The flag of an organisation's repeated interventions (`list` sorted by start). */
function repeatedFlag(
  organisationId: string,
  list: readonly Item[],
  asOf: string,
): RepeatedInterventionFlag {
  return {
    organisationId,
    count: list.length,
    interventionIds: list.map((i) => i.id),
    bodies: [...new Set(list.map((i) => i.body))].sort(cmp),
    kinds: [...new Set(list.map((i) => i.kind))].sort(cmp),
    firstStart: (list[0] as Item).startDate,
    lastStart: (list[list.length - 1] as Item).startDate,
    ongoing: list.filter((i) => i.endDate === undefined || i.endDate >= asOf).length,
  };
}

/** The pairs of an organisation's interventions by different bodies that overlap (`list` sorted by start). */
function concurrentPairs(
  organisationId: string,
  list: readonly Item[],
  asOf: string,
): ConcurrentInterventionFlag[] {
  const pairs: ConcurrentInterventionFlag[] = [];
  // an end on or before asOf is known; otherwise the intervention runs past asOf
  const endOf = (i: Item) => (i.endDate !== undefined && i.endDate <= asOf ? i.endDate : null);
  for (let x = 0; x < list.length; x += 1) {
    const a = list[x] as Item;
    const aEnd = endOf(a);
    for (let y = x + 1; y < list.length; y += 1) {
      const b = list[y] as Item;
      if (aEnd !== null && b.startDate > aEnd) break; // sorted by start: no later one overlaps a either
      if (a.body === b.body) continue;
      const bEnd = endOf(b);
      pairs.push({
        organisationId,
        interventionIds: [a.id, b.id],
        bodies: [a.body, b.body],
        from: b.startDate,
        // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings; Math.min would give NaN
        to: aEnd === null ? bEnd : bEnd === null ? aEnd : aEnd < bEnd ? aEnd : bEnd,
      });
    }
  }
  return pairs;
}
