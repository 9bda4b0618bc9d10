import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValidationError } from '../errors/domain-error.js';
import { dayOf, formatDay, weekdayOf } from './day-number.js';
import { isIsoDate, isIsoDateTime } from './iso-date.js';
import { addWorkingDays, holidayDays, isWorkingDay, workingDaysBetween } from './working-days.js';

const d = (s: string) => dayOf(s, ['d']);
const between = (a: string, b: string, holidays: string[] = []) =>
  workingDaysBetween(d(a), d(b), holidayDays(holidays));
const add = (a: string, n: number, holidays: string[] = []) =>
  formatDay(addWorkingDays(d(a), n, holidayDays(holidays)));

describe('working days (UTC, Mon-Fri)', () => {
  it('reads dates and date-times as UTC days', () => {
    expect(weekdayOf(d('2015-07-10'))).toBe(5); // a Friday
    expect(formatDay(d('2015-07-10T23:30:00-01:00'))).toBe('2015-07-11'); // 00:30 UTC on Saturday
    expect(formatDay(d('2015-07-11T00:30:00+01:00'))).toBe('2015-07-10');
    expect(formatDay(d('1969-12-31'))).toBe('1969-12-31');
    expect(() => d('2015-02-29')).toThrow(ValidationError);
    expect(() => d('2015-07-10T09:00:00')).toThrow(ValidationError);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDateTime('2015-07-10T09:00Z')).toBe(true);
    expect(isIsoDateTime('2015-13-10T09:00Z')).toBe(false);
  });

  it('counts the working days after the first day up to and including the last, across weekends', () => {
    expect(between('2015-07-10', '2015-07-10')).toBe(0);
    expect(between('2015-07-10', '2015-07-11')).toBe(0); // Fri -> Sat
    expect(between('2015-07-10', '2015-07-13')).toBe(1); // Fri -> Mon
    expect(between('2015-07-11', '2015-07-13')).toBe(1); // Sat -> Mon
    expect(between('2015-07-11', '2015-07-12')).toBe(0); // Sat -> Sun
    expect(between('2015-07-13', '2015-07-20')).toBe(5); // a week
    expect(between('2015-07-20', '2015-07-13')).toBe(0); // backwards
  });

  it('crosses month, year and leap-day ends', () => {
    expect(add('2015-07-31', 1)).toBe('2015-08-03');
    expect(add('2015-02-27', 1)).toBe('2015-03-02');
    expect(add('2016-02-26', 1)).toBe('2016-02-29');
    expect(add('2015-12-31', 2)).toBe('2016-01-04');
    expect(between('2015-01-30', '2015-03-02')).toBe(21);
    expect(add('2015-07-10', 5)).toBe('2015-07-17');
    expect(add('2015-07-11', 1)).toBe('2015-07-13');
    expect(add('2015-07-11', 0)).toBe('2015-07-11');
  });

  it('skips holidays (weekend holidays change nothing)', () => {
    const xmas = ['2015-12-25', '2015-12-28', '2016-01-01', '2015-12-26'];
    expect(holidayDays(xmas).map(formatDay)).toEqual(['2015-12-25', '2015-12-28', '2016-01-01']);
    expect(add('2015-12-24', 3, xmas)).toBe('2015-12-31');
    expect(add('2015-12-24', 4, xmas)).toBe('2016-01-04');
    expect(between('2015-12-24', '2016-01-04', xmas)).toBe(4);
    expect(isWorkingDay(d('2015-12-25'), holidayDays(xmas))).toBe(false);
    expect(() => holidayDays(['2015-12-32'])).toThrow(ValidationError);
  });

  it('counts the England and Wales bank holidays of 2015 and 2016 as the caller gives them', () => {
    const bankHolidays = [
      ...['2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04', '2015-05-25', '2015-08-31'],
      ...['2015-12-25', '2015-12-28', '2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02'],
      ...['2016-05-30', '2016-08-29', '2016-12-26', '2016-12-27'],
    ];
    expect(between('2014-12-31', '2015-12-31', bankHolidays)).toBe(253);
    expect(between('2015-12-31', '2016-12-31', bankHolidays)).toBe(253);
    expect(between('2014-12-31', '2015-12-31')).toBe(261); // weekdays only
    expect(add('2015-04-02', 1, bankHolidays)).toBe('2015-04-07'); // over Easter
    expect(add('2016-12-23', 1, bankHolidays)).toBe('2016-12-28'); // over Christmas
    expect(between('2015-04-02', '2015-04-07', bankHolidays)).toBe(1);
  });

  it('property: equals a day-by-day count, and adding then counting gives the number back', () => {
    const day = fc.integer({ min: d('2014-01-01'), max: d('2017-12-31') });
    const holidays = fc.uniqueArray(fc.integer({ min: d('2014-01-01'), max: d('2017-12-31') }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -20, max: 80 }),
        holidays,
        fc.integer({ min: 0, max: 40 }),
        (from, span, hols, n) => {
          const h = holidayDays(hols.map(formatDay));
          const to = from + span;
          let brute = 0;
          for (let x = from + 1; x <= to; x += 1)
            if (weekdayOf(x) >= 1 && weekdayOf(x) <= 5 && !h.includes(x)) brute += 1;
          expect(workingDaysBetween(from, to, h)).toBe(brute);
          const due = addWorkingDays(from, n, h);
          expect(workingDaysBetween(from, due, h)).toBe(n);
          if (n > 0) expect(isWorkingDay(due, h)).toBe(true);
        },
      ),
    );
  });
});
