import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diversityTable, representation } from './diversity.js';
import { parseBenchmarkCsv } from './benchmark-csv.js';
import {
  ETHNICITY_CATEGORIES,
  SEX_CATEGORIES,
  ethnicGroupOf,
} from './protected-characteristics.js';
import { isSuppressed, publishedValue } from './suppression.js';
import { ValidationError } from '../errors/domain-error.js';

interface Person {
  ldp: string | undefined;
  sex?: string;
  ethnicity?: string;
}
const people = (ldp: string, sex: string, n: number, ethnicity = 'white_british'): Person[] =>
  Array.from({ length: n }, () => ({ ldp, sex, ethnicity }));
const S = { suppressed: true } as const;
const V = (value: number) => ({ value });

describe('diversityTable', () => {
  it('counts by group and category, rows sorted, not_stated for missing values', () => {
    const records: Person[] = [
      ...people('ldp-b', 'female', 30),
      ...people('ldp-b', 'male', 12),
      ...people('ldp-a', 'female', 25),
      ...people('ldp-a', 'male', 20),
      { ldp: 'ldp-a' },
      { ldp: undefined, sex: 'male' },
    ];
    const t = diversityTable(records, { characteristic: 'sex', groupOf: (p) => p.ldp });
    expect(t.groups).toEqual(['ldp-a', 'ldp-b']);
    expect(t.categories).toEqual([...SEX_CATEGORIES]);
    // the lone not_stated (1) is suppressed with its column total (also 1); then the male cell of its
    // row, and the male column total beside the not_stated one in the totals row
    expect(t.cells).toEqual([
      [V(25), S, S],
      [V(30), V(12), V(0)],
    ]);
    expect(t.rowTotals).toEqual([V(46), V(42)]);
    expect(t.columnTotals).toEqual([V(55), S, S]);
    expect(t.grandTotal).toEqual(V(88));
  });

  it('recodes (ethnicity to the 5 broad groups), and uses fixed rows when given', () => {
    const records: Person[] = [
      ...people('x', 'female', 40, 'white_british'),
      ...people('x', 'female', 6, 'white_irish'),
      ...people('x', 'female', 7, 'asian_indian'),
      ...people('x', 'female', 8, 'asian_pakistani'),
      ...people('y', 'female', 3, 'black_african'),
      ...people('z', 'female', 99, 'black_african'), // not a published row
    ];
    const t = diversityTable(records, {
      characteristic: 'ethnicity',
      recode: ethnicGroupOf,
      groupOf: (p) => p.ldp,
      groups: ['y', 'x', 'w'],
    });
    expect(t.categories).toEqual(['white', 'mixed', 'asian', 'black', 'other', 'not_stated']);
    expect(t.groups).toEqual(['y', 'x', 'w']);
    // y's 3 black and its total 3 are small; the chain closes through x's asian cell and total
    expect(t.cells.map((r) => r.map(publishedValue))).toEqual([
      [0, 0, 0, undefined, 0, 0],
      [46, 0, undefined, 0, 0, 0],
      [0, 0, 0, 0, 0, 0],
    ]);
    expect(t.rowTotals.map(publishedValue)).toEqual([undefined, undefined, 0]);
    expect(t.columnTotals.map(publishedValue)).toEqual([46, 0, undefined, undefined, 0, 0]);
    expect(t.grandTotal).toEqual(V(64));
  });

  it('rejects categories outside the table, and handles no records', () => {
    expect(() =>
      diversityTable([{ ldp: 'a', sex: 'unknown' }], {
        characteristic: 'sex',
        groupOf: (p: Person) => p.ldp,
      }),
    ).toThrow(ValidationError);
    const empty = diversityTable([] as Person[], { characteristic: 'sex', groupOf: (p) => p.ldp });
    expect(empty).toMatchObject({
      groups: [],
      cells: [],
      rowTotals: [],
      columnTotals: [V(0), V(0), V(0)],
      grandTotal: V(0),
    });
  });
});

describe('representation', () => {
  const benchmark = parseBenchmarkCsv(
    [
      'geography,characteristic,category,share',
      'North,sex,female,0.5',
      'North,sex,male,0.5',
      'South,sex,female,0.52',
      'England,sex,female,0.51',
      'England,sex,male,0.49',
    ].join('\n'),
  );

  it('gives ratios for published counts, people with a stated category as denominator', () => {
    const records: Person[] = [
      ...people('n', 'female', 60),
      ...people('n', 'male', 20),
      ...people('n', 'not_stated', 20),
      ...people('s', 'female', 13),
      ...people('s', 'male', 13),
    ];
    const t = diversityTable(records, { characteristic: 'sex', groupOf: (p) => p.ldp });
    const rows = representation(t, benchmark, {
      geographyOf: (g) => (g === 'n' ? 'North' : g === 's' ? 'South' : undefined),
      overallGeography: 'England',
    });
    expect(rows).toEqual([
      {
        group: 'n',
        geography: 'North',
        category: 'female',
        count: 60,
        share: 0.75,
        benchmarkShare: 0.5,
        ratio: 1.5,
        status: 'ok',
      },
      {
        group: 'n',
        geography: 'North',
        category: 'male',
        count: 20,
        share: 0.25,
        benchmarkShare: 0.5,
        ratio: 0.5,
        status: 'ok',
      },
      {
        group: 's',
        geography: 'South',
        category: 'female',
        count: 13,
        share: 0.5,
        benchmarkShare: 0.52,
        ratio: 0.5 / 0.52,
        status: 'ok',
      },
      {
        group: 's',
        geography: 'South',
        category: 'male',
        count: 13,
        share: 0.5,
        benchmarkShare: null,
        ratio: null,
        status: 'no_benchmark',
      },
      {
        group: null,
        geography: 'England',
        category: 'female',
        count: 73,
        share: 73 / 106,
        benchmarkShare: 0.51,
        ratio: 73 / 106 / 0.51,
        status: 'ok',
      },
      {
        group: null,
        geography: 'England',
        category: 'male',
        count: 33,
        share: 33 / 106,
        benchmarkShare: 0.49,
        ratio: 33 / 106 / 0.49,
        status: 'ok',
      },
    ]);
  });

  it('says why there is no ratio', () => {
    const records: Person[] = [
      ...people('n', 'female', 30),
      ...people('n', 'male', 30),
      ...people('n', 'not_stated', 5),
      ...people('q', 'female', 40),
      ...people('q', 'male', 40),
    ];
    const t = diversityTable(records, { characteristic: 'sex', groupOf: (p) => p.ldp });
    const rows = representation(
      t,
      [...benchmark, { geography: 'Q', characteristic: 'sex', category: 'male', share: 0 }],
      { geographyOf: (g) => (g === 'q' ? 'Q' : 'North') },
    );
    const status = Object.fromEntries(rows.map((r) => [`${r.group}/${r.category}`, r.status]));
    // n's 5 not stated are suppressed, so n's denominator (total less not stated) is unknown
    expect(status).toEqual({
      'n/female': 'suppressed',
      'n/male': 'denominator_suppressed',
      'q/female': 'no_benchmark',
      'q/male': 'zero_benchmark',
    });
    const all = representation(t, benchmark, {
      geographyOf: () => 'North',
      excludeNotStated: false,
    });
    expect(all.map((r) => r.category)).toEqual([
      'female',
      'male',
      'not_stated',
      'female',
      'male',
      'not_stated',
    ]);
    const empty = diversityTable([] as Person[], {
      characteristic: 'sex',
      groupOf: (p) => p.ldp,
      groups: ['e'],
    });
    expect(
      representation(empty, benchmark, { geographyOf: () => 'North' }).map((r) => r.status),
    ).toEqual(['empty_group', 'empty_group']);
  });

  const person = fc.record({
    ldp: fc.constantFrom('a', 'b', 'c', 'd', undefined),
    sex: fc.constantFrom(...SEX_CATEGORIES),
    ethnicity: fc.constantFrom(...ETHNICITY_CATEGORIES),
  });

  it('property: published counts are true, small ones hidden, ratios only from published figures', () => {
    fc.assert(
      fc.property(
        fc.array(person, { maxLength: 300 }),
        fc.integer({ min: 2, max: 12 }),
        (records, threshold) => {
          const t = diversityTable(records, {
            characteristic: 'ethnicity',
            recode: ethnicGroupOf,
            groupOf: (p) => p.ldp,
            threshold,
          });
          t.groups.forEach((g, i) =>
            t.categories.forEach((c, j) => {
              const truth = records.filter(
                (r) => r.ldp === g && ethnicGroupOf(r.ethnicity) === c,
              ).length;
              const p = t.cells[i]![j]!;
              if (!isSuppressed(p)) {
                expect(p.value).toBe(truth);
                expect(p.value === 0 || p.value >= threshold).toBe(true);
              }
              if (truth > 0 && truth < threshold) expect(isSuppressed(p)).toBe(true);
            }),
          );
          const bench = t.categories
            .filter((c) => c !== 'not_stated')
            .map((category) => ({
              geography: 'G',
              characteristic: 'ethnicity',
              category,
              share: 0.2,
            }));
          for (const row of representation(t, bench, {
            geographyOf: () => 'G',
            overallGeography: 'G',
          })) {
            const i = row.group === null ? -1 : t.groups.indexOf(row.group);
            const cells = i < 0 ? t.columnTotals : t.cells[i]!;
            const total = i < 0 ? t.grandTotal : t.rowTotals[i]!;
            const cell = cells[t.categories.indexOf(row.category)]!;
            if (isSuppressed(cell))
              expect(row).toMatchObject({ status: 'suppressed', count: null, ratio: null });
            if (row.ratio !== null) {
              const denominator =
                publishedValue(total)! -
                publishedValue(cells[t.categories.indexOf('not_stated')]!)!;
              expect(row.ratio).toBeCloseTo(publishedValue(cell)! / denominator / 0.2, 10);
            }
          }
          // record order does not matter
          expect(
            diversityTable([...records].reverse(), {
              characteristic: 'ethnicity',
              recode: ethnicGroupOf,
              groupOf: (p) => p.ldp,
              threshold,
            }),
          ).toEqual(t);
        },
      ),
      { numRuns: 200 },
    );
  });
});
