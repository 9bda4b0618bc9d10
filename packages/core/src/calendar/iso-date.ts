import { ValidationError } from '../errors/domain-error.js';

/**
 * ISO calendar dates `YYYY-MM-DD` as plain values (year, month, day) in the Gregorian calendar, with
 * no time zone: a date is a whole day, so no clock or daylight-saving change can move it.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date as numbers. */
export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/**
 * Days in `month` (1-12) of `year`, Gregorian calendar (years below 100 too).
 * @example daysInMonth(2016, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of this one
  return t.getUTCDate();
}

function calendarDate(iso: string): CalendarDate | undefined {
  const m = typeof iso === 'string' ? ISO_DATE.exec(iso) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * True for `YYYY-MM-DD` that is a real calendar date (2015-02-29 is not).
 * @example isIsoDate('2016-02-29') // true
 */
export function isIsoDate(s: string): boolean {
  return calendarDate(s) !== undefined;
}

/**
 * True for an ISO date-time with seconds optional and `Z` or an offset, on a real calendar date.
 * @example isIsoDateTime('2015-07-10T09:00Z') // true
 */
export function isIsoDateTime(s: string): boolean {
  return (
    typeof s === 'string' &&
    ISO_DATE_TIME.test(s) &&
    isIsoDate(s.slice(0, 10)) &&
    Number.isFinite(Date.parse(s))
  );
}

/**
 * Parses `YYYY-MM-DD`, throwing a `ValidationError` at `field` when it is not a real date.
 * @example parseIsoDate('2015-04-01') // { year: 2015, month: 4, day: 1 }
 */
export function parseIsoDate(iso: string, field = 'date'): CalendarDate {
  const date = calendarDate(iso);
  if (date) return date;
  throw new ValidationError(`${field} must be a calendar date YYYY-MM-DD: ${JSON.stringify(iso)}`, [
    { path: [field], message: 'expected a calendar date YYYY-MM-DD', code: 'invalid_format' },
  ]);
}

/**
 * Formats a calendar date as `YYYY-MM-DD` (years 0-9999).
 * @example formatIsoDate({ year: 2015, month: 4, day: 1 }) // '2015-04-01'
 */
export function formatIsoDate(d: CalendarDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
