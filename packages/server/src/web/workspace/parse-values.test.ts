import { describe, expect, it } from 'vitest';
import { isoDate, parsePastedValues } from './parse-values.js';

describe('parsePastedValues', () => {
  it('reads tab, comma and semicolon rows, skips a header, and converts UK dates', () => {
    const r = parsePastedValues('Date\tValue\n2015-04-01\t12\n2/4/2015\t1,234.5\n2015-04-03;7\n');
    expect(r.errors).toEqual([]);
    expect(r.values).toEqual([
      { date: '2015-04-01', value: 12 },
      { date: '2015-04-02', value: 1234.5 },
      { date: '2015-04-03', value: 7 },
    ]);
  });
  it('reports every bad line by number, and repeated dates', () => {
    const r = parsePastedValues('2015-04-01,1\nsoon,2\n2015-04-02,abc\n2015-04-01,3');
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(r.values).toHaveLength(1);
  });
  it('reads quoted cells, and a line it cannot split as a bad date', () => {
    const r = parsePastedValues('2015-04-01,"1,234"\n2015-04-02;"5"\n"2015-04-03,9');
    expect(r.values).toEqual([
      { date: '2015-04-01', value: 1234 },
      { date: '2015-04-02', value: 5 },
    ]);
    expect(r.errors).toEqual([{ line: 3, message: expect.stringContaining('is not a date') }]);
  });
  it('knows ISO and UK dates only', () => {
    expect(isoDate('31/12/2015')).toBe('2015-12-31');
    expect(isoDate('12-31-2015')).toBeUndefined();
  });
});
