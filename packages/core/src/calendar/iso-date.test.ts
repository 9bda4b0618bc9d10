import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDate } from '../common/primitives.js';
import { ValidationError } from '../errors/domain-error.js';
import { daysInMonth, formatIsoDate, isIsoDate, isIsoDateTime, parseIsoDate } from './iso-date.js';

describe('ISO calendar dates', () => {
  it('knows month lengths and leap years, centuries included', () => {
    expect(daysInMonth(2015, 2)).toBe(28);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2015, 4)).toBe(30);
    expect(daysInMonth(2015, 12)).toBe(31);
    expect(daysInMonth(4, 2)).toBe(29); // years below 100 are not read as 19xx
  });

  it('accepts real dates only', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
    for (const bad of ['2015-02-29', '2015-04-31', '2015-13-01', '2015-00-10', '2015-1-1', ''])
      expect(isIsoDate(bad)).toBe(false);
    expect(isIsoDate('2015-07-10T00:00:00Z')).toBe(false);
    expect(isIsoDate(20150710 as unknown as string)).toBe(false);
  });

  it('accepts date-times with Z or an offset on a real date', () => {
    expect(isIsoDateTime('2015-07-10T09:00Z')).toBe(true);
    expect(isIsoDateTime('2015-07-10T09:00:05.123+01:00')).toBe(true);
    expect(isIsoDateTime('2015-07-10T09:00:00')).toBe(false); // no zone: ambiguous
    expect(isIsoDateTime('2015-02-30T09:00Z')).toBe(false);
    expect(isIsoDateTime('2015-07-10')).toBe(false);
  });

  it('parses and formats, naming the field of a bad date', () => {
    expect(parseIsoDate('2015-04-01')).toEqual({ year: 2015, month: 4, day: 1 });
    expect(formatIsoDate({ year: 15, month: 4, day: 1 })).toBe('0015-04-01');
    try {
      parseIsoDate('2015-02-30', 'setOn');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).message).toBe(
        'setOn must be a calendar date YYYY-MM-DD: "2015-02-30"',
      );
      expect((e as ValidationError).issues?.[0]?.path).toEqual(['setOn']);
    }
  });

  it('property: agrees with the IsoDate schema and round-trips', () => {
    const text = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(([y, m, d]) =>
          [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].join(
            '-',
          ),
        ),
      fc.string(),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(isIsoDate(s)).toBe(IsoDate.safeParse(s).success);
        if (isIsoDate(s)) expect(formatIsoDate(parseIsoDate(s))).toBe(s);
      }),
    );
  });
});
