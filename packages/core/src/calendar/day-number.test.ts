import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/domain-error.js';
import {
  addDays,
  addMonths,
  dayNumber,
  dayOf,
  dayOfInstant,
  formatDay,
  instantOf,
  MS_PER_DAY,
  weekdayOf,
} from './day-number.js';

const anyDay = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') });

describe('day numbers', () => {
  it('counts whole UTC days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2015-07-10')).toBe(16626);
    expect(formatDay(16626)).toBe('2015-07-10');
    expect(formatDay(-1)).toBe('1969-12-31');
    expect(weekdayOf(dayNumber('2015-07-10'))).toBe(5); // a Friday
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(0); // a Sunday, before the epoch
  });

  it('refuses what is not a date, naming the field', () => {
    expect(() => dayNumber('2015-02-29', 'asOf')).toThrow(
      'asOf must be a calendar date YYYY-MM-DD: "2015-02-29"',
    );
    expect(() => addDays('2015-07-10T09:00Z', 1)).toThrow(ValidationError);
  });

  it('adds days across month, year and leap-day ends', () => {
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2015-02-28', 1)).toBe('2015-03-01');
    expect(addDays('2015-12-31', 1)).toBe('2016-01-01');
    expect(addDays('2015-03-01', -1)).toBe('2015-02-28');
    expect(addDays('2015-07-10', 0)).toBe('2015-07-10');
  });

  it('adds months, clamping the day to the end of the target month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2015-01-31', 3)).toBe('2015-04-30');
    expect(addMonths('2015-11-15', 2)).toBe('2016-01-15');
    expect(addMonths('2016-05-31', -3)).toBe('2016-02-29');
    expect(addMonths('2015-01-15', -1)).toBe('2014-12-15');
  });

  it('reads date-times as the UTC day they fall on', () => {
    expect(formatDay(dayOf('2015-07-10T23:30:00-01:00', ['at']))).toBe('2015-07-11');
    expect(formatDay(dayOf('2015-07-11T00:30:00+01:00', ['at']))).toBe('2015-07-10');
    expect(instantOf('1970-01-02', ['asOf'])).toBe(MS_PER_DAY);
    expect(dayOfInstant(MS_PER_DAY - 1)).toBe(0);
    expect(dayOfInstant(-1)).toBe(-1);
    try {
      instantOf('2015-07-10T09:00', ['history', 2, 'at']);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).message).toBe(
        'history.2.at must be an ISO date or date-time: "2015-07-10T09:00"',
      );
      expect((e as ValidationError).issues[0]?.path).toEqual(['history', 2, 'at']);
    }
  });

  it('property: agrees with Date in UTC, and day numbers round-trip', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -1000, max: 1000 }), (day, n) => {
        const iso = formatDay(day);
        expect(dayNumber(iso)).toBe(day);
        expect(iso).toBe(new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
        expect(weekdayOf(day)).toBe(new Date(day * MS_PER_DAY).getUTCDay());
        expect(dayNumber(addDays(iso, n))).toBe(day + n);
      }),
    );
  });

  it('property: months move the month index exactly and never overshoot the day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -600, max: 600 }), (day, n) => {
        const iso = formatDay(day);
        const r = addMonths(iso, n);
        const index = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
        expect(index(r) - index(iso)).toBe(n);
        expect(Number(r.slice(8))).toBeLessThanOrEqual(Number(iso.slice(8)));
        if (Number(r.slice(8)) < Number(iso.slice(8))) expect(addDays(r, 1).slice(8)).toBe('01'); // clamped: the last day of its month
      }),
    );
  });
});
