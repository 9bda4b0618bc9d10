import { describe, expect, it } from 'vitest';
import { FinancialYear, Quarter } from '../common/primitives.js';
import { financialYearOf, quarterOf } from './financial-year.js';

describe('reporting periods', () => {
  it('gives the NHS financial year, April to March', () => {
    expect(financialYearOf('2015-04-01')).toBe('2015/16');
    expect(financialYearOf('2016-03-31')).toBe('2015/16');
    expect(financialYearOf('2015-03-31')).toBe('2014/15');
    expect(financialYearOf('1999-12-31')).toBe('1999/00');
    expect(FinancialYear.safeParse(financialYearOf('2009-06-30')).data).toBe('2009/10');
  });

  it('gives the calendar quarter', () => {
    expect(quarterOf('2015-01-01')).toBe('2015-Q1');
    expect(quarterOf('2015-03-31')).toBe('2015-Q1');
    expect(quarterOf('2015-04-01')).toBe('2015-Q2');
    expect(quarterOf('2015-09-30')).toBe('2015-Q3');
    expect(quarterOf('2015-12-31')).toBe('2015-Q4');
    expect(Quarter.safeParse(quarterOf('2016-08-14')).success).toBe(true);
  });
});
