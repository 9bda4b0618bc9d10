import { ValidationError } from '../errors/domain-error.js';
import { dayOf, weekdayOf } from './day-number.js';
import { isIsoDate } from './iso-date.js';

/**
 * Working-day arithmetic on day numbers (whole UTC days): Monday to Friday are working days, less
 * the holidays the caller gives (bank holidays differ between the nations, so none are built in).
 */

/** 1970-01-05, the first Monday of the epoch, as a day number. */
const EPOCH_MONDAY = 4;

/**
 * Holidays as a sorted array of distinct weekday day numbers (weekend holidays change nothing); a
 * `ValidationError` at `holidays.<i>` for an entry that is not a date `YYYY-MM-DD`.
 * @example holidayDays(['2015-12-25', '2015-12-26']).map(formatDay) // ['2015-12-25']
 */
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

/**
 * True when `day` is Monday to Friday and not one of the (sorted, from `holidayDays`) holidays.
 * @example isWorkingDay(dayNumber('2015-12-25'), holidayDays(['2015-12-25'])) // false
 */
export function isWorkingDay(day: number, holidays: readonly number[] = []): boolean {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6 && countBelow(holidays, day + 1) === countBelow(holidays, day);
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`): received
 * on a Friday and answered the next Monday is 1 working day.
 * @example workingDaysBetween(dayNumber('2015-07-10'), dayNumber('2015-07-13')) // 1
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

/**
 * The day that is the `n`th working day after `from` (`from` itself when `n` is 0).
 * @example formatDay(addWorkingDays(dayNumber('2015-07-10'), 1)) // '2015-07-13'
 */
export function addWorkingDays(from: number, n: number, holidays: readonly number[] = []): number {
  let day = from;
  for (let left = n; left > 0; ) {
    day += 1;
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}
