import { addMonths, dayNumber, formatDay, MS_PER_DAY, type Prng, weekdayOf } from '@tessera/core';

/**
 * Dates for generated records: the span they fall in and random draws of days and working times.
 * The arithmetic itself is core's calendar (whole UTC days, ISO `YYYY-MM-DD`). Generated activity
 * falls in 2015 and 2016, the years the review looks at.
 */
export const FIRST_DAY = '2015-01-01';
export const LAST_DAY = '2016-12-31';

/** A day in [from, to], both included; weekdays only when `weekday` (activity rarely happens at weekends). */
export function dayBetween(rng: Prng, from: string, to: string, weekday = true): string {
  const a = dayNumber(from);
  const b = dayNumber(to);
  let day = rng.int(a, Math.max(a, b));
  if (weekday) {
    const dow = weekdayOf(day); // 0 Sunday, 6 Saturday
    if (dow === 6) day = day + 2 <= b ? day + 2 : day - 1;
    else if (dow === 0) day = day + 1 <= b ? day + 1 : day - 2;
    if (day < a) day = a;
  }
  return formatDay(day);
}

/** An ISO date-time in working hours (08:00-18:00 UTC) on `date`. */
export function workingTime(rng: Prng, date: string): string {
  const minutes = rng.int(8 * 60, 18 * 60 - 1);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`;
}

/** A date-time `hours` working hours after `at`, on a clock of 08:00-18:00 working days. */
export function afterWorkingHours(at: string, hours: number): string {
  const t = new Date(at);
  const day = Math.floor(t.getTime() / MS_PER_DAY);
  const minute = Math.min(Math.max(t.getUTCHours() * 60 + t.getUTCMinutes(), 480), 1080) - 480;
  const total = day * 600 + minute + Math.max(1, Math.round(hours * 60));
  const d = Math.floor(total / 600);
  return new Date(d * MS_PER_DAY + (480 + total - d * 600) * 60_000)
    .toISOString()
    .replace('.000Z', 'Z');
}

/** The first day of each month from `from` (inclusive), `count` of them. */
export function monthStarts(from: string, count: number): string[] {
  const start = `${from.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addMonths(start, i));
}

/** The min of two ISO dates. */
export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** The max of two ISO dates. */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
