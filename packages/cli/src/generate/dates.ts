import type { Prng } from '@tessera/core';

/**
 * Calendar helpers for generated records: whole UTC days, ISO `YYYY-MM-DD`. Generated activity
 * falls in 2015 and 2016, the years the review looks at.
 */
export const FIRST_DAY = '2015-01-01';
export const LAST_DAY = '2016-12-31';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

/** `iso` plus whole months, clamped to the end of the month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/** A day in [from, to], both included; weekdays only when `weekday` (activity rarely happens at weekends). */
export function dayBetween(rng: Prng, from: string, to: string, weekday = true): string {
  const a = dayOf(from);
  const b = dayOf(to);
  let day = rng.int(a, Math.max(a, b));
  if (weekday) {
    const dow = new Date(day * DAY_MS).getUTCDay(); // 0 Sunday, 6 Saturday
    if (dow === 6) day = day + 2 <= b ? day + 2 : day - 1;
    else if (dow === 0) day = day + 1 <= b ? day + 1 : day - 2;
    if (day < a) day = a;
  }
  return isoOf(day);
}

/** An ISO date-time in working hours (08:00-18:00 UTC) on `date`. */
export function workingTime(rng: Prng, date: string): string {
  const minutes = rng.int(8 * 60, 18 * 60 - 1);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`;
}

/** A date-time `hours` working hours after `at`, on a clock of 08:00-18:00 working days. */
export function afterWorkingHours(at: string, hours: number): string {
  const t = new Date(at);
  const day = Math.floor(t.getTime() / DAY_MS);
  const minute = Math.min(Math.max(t.getUTCHours() * 60 + t.getUTCMinutes(), 480), 1080) - 480;
  const total = day * 600 + minute + Math.max(1, Math.round(hours * 60));
  const d = Math.floor(total / 600);
  return new Date(d * DAY_MS + (480 + total - d * 600) * 60_000)
    .toISOString()
    .replace('.000Z', 'Z');
}

/** The first day of each month from `from` (inclusive), `count` of them. */
export function monthStarts(from: string, count: number): string[] {
  const start = `${from.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addMonths(start, i));
}

/** The quarter `YYYY-Qn` of a date (calendar quarters, as the Quarter primitive has them). */
export function quarterOf(iso: string): string {
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(0, 4)}-Q${Math.ceil(m / 3)}`;
}

/** The financial year `2015/16` a date falls in (April to March). */
export function financialYearOf(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The min of two ISO dates. */
export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** The max of two ISO dates. */
export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
