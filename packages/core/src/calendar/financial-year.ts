/**
 * The periods the NHS reports by, read off an ISO date `YYYY-MM-DD` (not validated: pass a date the
 * caller has checked, e.g. with `isIsoDate` or the `IsoDate` schema).
 */

/**
 * The NHS financial year (April to March) a date falls in, as the `FinancialYear` primitive has it.
 * @example financialYearOf('2016-02-01') // '2015/16'
 */
export function financialYearOf(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The calendar quarter `YYYY-Qn` a date falls in, as the `Quarter` primitive has it.
 * @example quarterOf('2015-08-14') // '2015-Q3'
 */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-Q${Math.ceil(Number(iso.slice(5, 7)) / 3)}`;
}
