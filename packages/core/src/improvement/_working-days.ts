import { ValidationError } from '../errors/domain-error.js';

/**
 * Working-day arithmetic for service levels, in whole UTC days: Monday to Friday are working days,
 * less any holidays given. Internal to the improvement folder (not exported from the package).
 */

const MS_PER_DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** 1970-01-05, the first Monday of the epoch, as a day number. */
const EPOCH_MONDAY = 4;

/** True for `YYYY-MM-DD` that is a real calendar date. */
export function isIsoDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** True for an ISO date-time with `Z` or an offset whose calendar date is real. */
export function isIsoDateTime(s: string): boolean {
  return DATE_TIME.test(s) && isIsoDate(s.slice(0, 10)) && Number.isFinite(Date.parse(s));
}

/** The instant of a date-time, or the start of a date (UTC), in ms; a `ValidationError` at `path` otherwise. */
export function instantOf(s: string, path: (string | number)[]): number {
  if (typeof s === 'string' && (isIsoDate(s) || isIsoDateTime(s)))
    return Date.parse(isIsoDate(s) ? `${s}T00:00:00Z` : s);
  throw new ValidationError(
    `${path.join('.') || 'date'} must be an ISO date or date-time: ${JSON.stringify(s)}`,
    [
      {
        path,
        message: 'expected YYYY-MM-DD or an ISO date-time with Z or an offset',
        code: 'invalid_format',
      },
    ],
  );
}

/** Whole UTC days since 1970-01-01 of an instant in ms. */
export const dayOfInstant = (ms: number): number => Math.floor(ms / MS_PER_DAY);

/** The UTC day number of a date or date-time (a `ValidationError` at `path` when it is neither). */
export const dayOf = (s: string, path: (string | number)[]): number =>
  dayOfInstant(instantOf(s, path));

/** The `YYYY-MM-DD` of a day number. */
export const formatDay = (day: number): string =>
  new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Day of the week of a day number: 0 Sunday ... 6 Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** Holidays as a sorted array of distinct weekday day numbers (weekend holidays change nothing). */
export function holidayDays(holidays: readonly string[] = []): number[] {
  const days = holidays.map((h, i) => {
    if (!isIsoDate(h))
      throw new ValidationError(`holidays.${i} must be a date YYYY-MM-DD`, [
        { path: ['holidays', i], message: 'expected YYYY-MM-DD' },
      ]);
    return dayOf(h, ['holidays', i]);
  });
  return [...new Set(days)]
    .filter((d) => weekdayOf(d) !== 0 && weekdayOf(d) !== 6)
    .sort((a, b) => a - b);
}

/** Monday-to-Friday days in [EPOCH_MONDAY, day) (negative before it). */
function weekdaysBefore(day: number): number {
  const k = day - EPOCH_MONDAY;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7, 5);
}

/** How many of the sorted `days` are below `bound`. */
function countBelow(days: readonly number[], bound: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `day` is Monday to Friday and not one of the (sorted) holidays. */
export function isWorkingDay(day: number, holidays: readonly number[] = []): boolean {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6 && countBelow(holidays, day + 1) === countBelow(holidays, day);
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`): received
 * on a Friday and answered the next Monday is 1 working day.
 */
export function workingDaysBetween(
  from: number,
  to: number,
  holidays: readonly number[] = [],
): number {
  if (to <= from) return 0;
  return (
    weekdaysBefore(to + 1) -
    weekdaysBefore(from + 1) -
    (countBelow(holidays, to + 1) - countBelow(holidays, from + 1))
  );
}

/** The day that is the `n`th working day after `from` (`from` itself when `n` is 0). */
export function addWorkingDays(from: number, n: number, holidays: readonly number[] = []): number {
  let day = from;
  for (let left = n; left > 0; ) {
    day += 1;
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}
