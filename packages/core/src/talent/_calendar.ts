import { z } from 'zod';
import { ValidationError } from '../errors/domain-error.js';

/**
 * Calendar helpers for the talent domain: ISO `YYYY-MM-DD` dates handled as whole UTC days, so no
 * time zone or daylight-saving change can move a date. Internal: not exported from the package.
 */

/** An ISO calendar date `YYYY-MM-DD` (month lengths and leap years checked). */
export const IsoDate = z.iso.date();

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** Days in `month` (1-12) of `year`, Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of this one (years < 100 too)
  return t.getUTCDate();
}

/** Parses `YYYY-MM-DD`, throwing a `ValidationError` naming `field` when it is not a real date. */
export function parseIsoDate(iso: string, field = 'date'): CalendarDate {
  const m = ISO_DATE.exec(iso);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new ValidationError(
      `${field} must be a calendar date YYYY-MM-DD: ${JSON.stringify(iso)}`,
      [{ path: [field], message: 'expected a calendar date YYYY-MM-DD', code: 'invalid_format' }],
    );
  }
  return { year, month, day };
}

/** Formats a calendar date as `YYYY-MM-DD` (years 0-9999). */
export function formatIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Whole days since 1970-01-01 (negative before). */
export function dayNumber(iso: string, field?: string): number {
  const { year, month, day } = parseIsoDate(iso, field);
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return Math.round(t.getTime() / MS_PER_DAY);
}

/** The ISO date of a day number (inverse of `dayNumber`). */
export function fromDayNumber(n: number): string {
  const t = new Date(n * MS_PER_DAY);
  return formatIsoDate({
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
  });
}

/** `iso` plus `days` days. */
export function addDays(iso: string, days: number, field?: string): string {
  return fromDayNumber(dayNumber(iso, field) + days);
}

/**
 * `iso` plus `months` calendar months, clamped to the end of the target month
 * (2024-01-31 + 1 = 2024-02-29; 2024-02-29 + 12 = 2025-02-28).
 */
export function addMonths(iso: string, months: number, field?: string): string {
  const { year, month, day } = parseIsoDate(iso, field);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}
