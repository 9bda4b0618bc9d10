import { ValidationError } from '../errors/domain-error.js';
import { daysInMonth, formatIsoDate, isIsoDate, isIsoDateTime, parseIsoDate } from './iso-date.js';

/**
 * Date arithmetic on day numbers: whole UTC days since 1970-01-01 (negative before). Dates in and
 * out are ISO `YYYY-MM-DD` strings; date-times are read as the UTC day they fall on.
 */

/** Milliseconds in a UTC day (no leap seconds in ECMAScript time). */
export const MS_PER_DAY = 86_400_000;

/**
 * The day number of a date `YYYY-MM-DD` (a `ValidationError` at `field` when it is not one).
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: string, field?: string): number {
  const { year, month, day } = parseIsoDate(iso, field);
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

/**
 * The `YYYY-MM-DD` of a day number (inverse of `dayNumber`).
 * @example formatDay(1) // '1970-01-02'
 */
export function formatDay(day: number): string {
  const t = new Date(day * MS_PER_DAY);
  return formatIsoDate({
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
  });
}

/**
 * `iso` plus `days` days (minus when negative).
 * @example addDays('2016-02-28', 1) // '2016-02-29'
 */
export function addDays(iso: string, days: number, field?: string): string {
  return formatDay(dayNumber(iso, field) + days);
}

/**
 * `iso` plus `months` calendar months (minus when negative), the day clamped to the end of the
 * target month (2024-01-31 + 1 = 2024-02-29; 2024-02-29 + 12 = 2025-02-28).
 * @example addMonths('2016-05-31', -3) // '2016-02-29'
 */
export function addMonths(iso: string, months: number, field?: string): string {
  const { year, month, day } = parseIsoDate(iso, field);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/**
 * The instant of a date-time, or the start (UTC) of a date, in ms; a `ValidationError` at `path`
 * when `s` is neither.
 * @example instantOf('1970-01-02', ['asOf']) // 86400000
 */
export function instantOf(s: string, path: (string | number)[]): number {
  if (isIsoDate(s)) return Date.parse(`${s}T00:00:00Z`);
  if (isIsoDateTime(s)) return Date.parse(s);
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

/** The day number of an instant in ms (the UTC day it falls on). */
export const dayOfInstant = (ms: number): number => Math.floor(ms / MS_PER_DAY);

/**
 * The day number of a date or date-time (a `ValidationError` at `path` when it is neither).
 * @example formatDay(dayOf('2015-07-10T23:30:00-01:00', ['at'])) // '2015-07-11'
 */
export const dayOf = (s: string, path: (string | number)[]): number =>
  dayOfInstant(instantOf(s, path));

/**
 * Day of the week of a day number: 0 Sunday ... 6 Saturday (1970-01-01 was a Thursday).
 * @example weekdayOf(dayNumber('2015-07-10')) // 5, a Friday
 */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
