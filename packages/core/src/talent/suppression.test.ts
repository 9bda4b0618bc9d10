import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isSuppressed,
  publishedValue,
  suppressTable,
  type PublishedCount,
  type SuppressedTable,
} from './suppression.js';
import { ValidationError } from '../errors/domain-error.js';

const S = { suppressed: true } as const;
const V = (value: number) => ({ value });

/** Renders a suppressed table as text rows (`*` for suppressed), totals after `|`. */
function render(t: SuppressedTable): string[] {
  const f = (p: PublishedCount) => ('value' in p ? String(p.value) : '*');
  return [
    ...t.cells.map((r, i) => `${r.map(f).join(' ')} | ${f(t.rowTotals[i]!)}`),
    `${t.columnTotals.map(f).join(' ')} | ${f(t.grandTotal)}`,
  ];
}

// ---------------------------------------------------------------------------------------------
// Independent checker: which suppressed entries are determined by the published ones?
// Unknowns are the suppressed cells and totals; equations are the table's own definitions (each
// row sums to its total, each column to its total, row totals and column totals to the grand
// total). An unknown x_k is uniquely determined iff the unit vector e_k lies in the row space of
// the coefficient matrix, i.e. iff appending e_k does not raise the rank. Ranks are computed
// exactly over GF(p), p = 2^61 - 1: the matrices have entries 0/±1 and at most 14 rows here, so
// every minor is below Hadamard's bound 14^7 < p and ranks over GF(p) equal ranks over Q.
// ---------------------------------------------------------------------------------------------
const P = (1n << 61n) - 1n;
const mod = (a: bigint) => ((a % P) + P) % P;
function inverse(a: bigint): bigint {
  let [r, b, e] = [1n, mod(a), P - 2n];
  while (e > 0n) {
    if (e & 1n) r = (r * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return r;
}
function rank(matrix: bigint[][]): number {
  const a = matrix.map((row) => row.map(mod));
  const width = a[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < a.length; c++) {
    const p = a.findIndex((row, i) => i >= r && row[c]! !== 0n);
    if (p < 0) continue;
    [a[r], a[p]] = [a[p]!, a[r]!];
    const inv = inverse(a[r]![c]!);
    for (let i = 0; i < a.length; i++) {
      if (i === r || a[i]![c] === 0n) continue;
      const f = (a[i]![c]! * inv) % P;
      for (let k = c; k < width; k++) a[i]![k] = mod(a[i]![k]! - f * a[r]![k]!);
    }
    r++;
  }
  return r;
}
/** Labels of the suppressed entries that the published entries determine. */
function recoverable(t: SuppressedTable): string[] {
  const m = t.cells.length;
  const n = t.columnTotals.length;
  const entries: [string, PublishedCount][] = [];
  t.cells.forEach((row, i) => row.forEach((p, j) => entries.push([`cell ${i},${j}`, p])));
  t.rowTotals.forEach((p, i) => entries.push([`row total ${i}`, p]));
  t.columnTotals.forEach((p, j) => entries.push([`column total ${j}`, p]));
  entries.push(['grand total', t.grandTotal]);
  const unknowns = entries.filter(([, p]) => isSuppressed(p)).map(([label]) => label);
  if (unknowns.length === 0) return [];
  const equation = (terms: [string, bigint][]) => {
    const row = unknowns.map(() => 0n);
    for (const [label, coef] of terms) {
      const k = unknowns.indexOf(label);
      if (k >= 0) row[k] = row[k]! + coef;
    }
    return row;
  };
  const eqs: bigint[][] = [];
  for (let i = 0; i < m; i++)
    eqs.push(
      equation([
        ...Array.from({ length: n }, (_, j) => [`cell ${i},${j}`, 1n] as [string, bigint]),
        [`row total ${i}`, -1n],
      ]),
    );
  for (let j = 0; j < n; j++)
    eqs.push(
      equation([
        ...Array.from({ length: m }, (_, i) => [`cell ${i},${j}`, 1n] as [string, bigint]),
        [`column total ${j}`, -1n],
      ]),
    );
  eqs.push(
    equation([
      ...Array.from({ length: m }, (_, i) => [`row total ${i}`, 1n] as [string, bigint]),
      ['grand total', -1n],
    ]),
  );
  eqs.push(
    equation([
      ...Array.from({ length: n }, (_, j) => [`column total ${j}`, 1n] as [string, bigint]),
      ['grand total', -1n],
    ]),
  );
  const base = rank(eqs);
  return unknowns.filter(
    (_, k) => rank([...eqs, unknowns.map((__, x) => (x === k ? 1n : 0n))]) === base,
  );
}
/** The weaker textbook check: a line whose only unknown is one suppressed entry. */
function loneInLine(t: SuppressedTable): boolean {
  const lines: PublishedCount[][] = [
    ...t.cells.map((row, i) => [...row, t.rowTotals[i]!]),
    ...t.columnTotals.map((c, j) => [...t.cells.map((row) => row[j]!), c]),
    [...t.rowTotals, t.grandTotal],
    [...t.columnTotals, t.grandTotal],
  ];
  return lines.some((line) => line.filter(isSuppressed).length === 1);
}

describe('suppressTable', () => {
  it('publishes a table with no small counts unchanged, zeros included', () => {
    const t = suppressTable([
      [12, 0],
      [30, 45],
    ]);
    expect(render(t)).toEqual(['12 0 | 12', '30 45 | 75', '42 45 | 87']);
  });

  it('suppresses 1..threshold-1 and then the smallest cell needed in each line', () => {
    const t = suppressTable([
      [12, 3, 20],
      [15, 25, 30],
    ]);
    expect(t.cells).toEqual([
      [S, S, V(20)],
      [S, S, V(30)],
    ]);
    expect(t.rowTotals).toEqual([V(35), V(70)]);
    expect(t.columnTotals).toEqual([V(27), V(28), V(50)]);
    expect(t.grandTotal).toEqual(V(105));
    expect(t.threshold).toBe(10);
    expect(recoverable(t)).toEqual([]);
  });

  it('honours the threshold option (rule: 0 < count < threshold)', () => {
    const counts = [
      [12, 3, 20],
      [15, 7, 30],
    ];
    expect(render(suppressTable(counts, { threshold: 5 }))).toEqual([
      '* * 20 | 35',
      '* * 30 | 52',
      '27 10 50 | 87',
    ]);
    expect(render(suppressTable(counts, { threshold: 3 }))).toEqual([
      '12 3 20 | 35',
      '15 7 30 | 52',
      '27 10 50 | 87',
    ]);
    expect(render(suppressTable(counts, { threshold: 1 }))).toEqual([
      '12 3 20 | 35',
      '15 7 30 | 52',
      '27 10 50 | 87',
    ]);
  });

  it('prefers a positive cell to a zero and an ordinary cell to a total', () => {
    // row 0: 4 is primary; 0 is smaller than 40 but a suppressed zero would give 4 away as the remainder
    expect(
      render(
        suppressTable([
          [4, 0, 40],
          [20, 30, 50],
        ]),
      ),
    ).toEqual(['* 0 * | 44', '* 30 * | 100', '24 30 90 | 144']);
    // one column: the row total is the only other entry of the row
    expect(render(suppressTable([[4], [20], [30]]))).toEqual([
      '* | *',
      '* | *',
      '30 | 30',
      '54 | 54',
    ]);
  });

  it('suppresses small totals too, unless told not to', () => {
    expect(
      render(
        suppressTable([
          [2, 3],
          [20, 30],
        ]),
      ),
    ).toEqual(['* * | *', '* * | *', '22 33 | 55']);
    expect(
      render(
        suppressTable(
          [
            [2, 3],
            [20, 30],
          ],
          { suppressSmallTotals: false },
        ),
      ),
    ).toEqual(['* * | 5', '* * | 50', '22 33 | 55']);
  });

  it('closes chains that "two per line" leaves recoverable', () => {
    // Two blocks of suppressed cells joined by the single cell 9 (row 0, column 3): every line
    // has two suppressed cells, yet 9 = R0 - (C1 + C2 - published cells of columns 1-2 - row 1's
    // unknowns)... so one more cell (the 13 joining the blocks) is suppressed.
    const t = suppressTable([
      [29, 1, 18, 9],
      [29, 6, 7, 44],
      [8, 13, 21, 3],
      [24, 25, 28, 6],
    ]);
    expect(render(t)).toEqual([
      '29 * * * | 57',
      '29 * * 44 | 86',
      '* * 21 * | 45',
      '* 25 28 * | 83',
      '90 45 74 62 | 271',
    ]);
    expect(loneInLine(t)).toBe(false);
    expect(recoverable(t)).toEqual([]);
  });

  it('the checker itself finds what differencing recovers', () => {
    // "two per line" alone on the table above: the 9 at row 0, column 3 is a bridge
    const parse = (x: string): PublishedCount => (x === '*' ? S : V(Number(x)));
    const grid = [
      '29 * * * 57',
      '29 * * 44 86',
      '* 13 21 * 45',
      '* 25 28 * 83',
      '90 45 74 62 271',
    ].map((r) => r.split(' ').map(parse));
    const twoPerLine: SuppressedTable = {
      cells: grid.slice(0, 4).map((r) => r.slice(0, 4)),
      rowTotals: grid.slice(0, 4).map((r) => r[4]!),
      columnTotals: grid[4]!.slice(0, 4),
      grandTotal: grid[4]![4]!,
      threshold: 10,
    };
    expect(loneInLine(twoPerLine)).toBe(false);
    expect(recoverable(twoPerLine)).toEqual(['cell 0,3']);
    // a lone suppressed cell, and a suppressed grand total that the row totals give away
    expect(
      recoverable({
        cells: [[S, V(20)]],
        rowTotals: [V(25)],
        columnTotals: [V(5), V(20)],
        grandTotal: V(25),
        threshold: 10,
      }),
    ).toEqual(['cell 0,0']);
    expect(
      recoverable({
        cells: [[V(20)]],
        rowTotals: [V(20)],
        columnTotals: [V(20)],
        grandTotal: S,
        threshold: 10,
      }),
    ).toEqual(['grand total']);
  });

  it('handles empty and degenerate tables', () => {
    expect(suppressTable([])).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [],
      grandTotal: V(0),
      threshold: 10,
    });
    expect(render(suppressTable([[], []]))).toEqual([' | 0', ' | 0', ' | 0']);
    expect(render(suppressTable([[5]]))).toEqual(['* | *', '* | *']);
  });

  it('rejects bad input', () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(ValidationError);
    expect(() => suppressTable([[1, -2]])).toThrow(ValidationError);
    expect(() => suppressTable([[1.5]])).toThrow(ValidationError);
    expect(() => suppressTable([[Number.NaN]])).toThrow(ValidationError);
    expect(() => suppressTable([[1]], { threshold: 0 })).toThrow(RangeError);
    expect(() => suppressTable([[1]], { threshold: 2.5 })).toThrow(RangeError);
  });

  it('exposes helpers', () => {
    expect(publishedValue(V(3))).toBe(3);
    expect(publishedValue(S)).toBeUndefined();
  });

  const count = fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 4 },
    { arbitrary: fc.integer({ min: 10, max: 60 }), weight: 4 },
  );
  const table = fc
    .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) })
    .chain(({ rows, cols }) =>
      fc.array(fc.array(count, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
    );
  const options = fc.record({
    threshold: fc.integer({ min: 1, max: 12 }),
    suppressSmallTotals: fc.boolean(),
  });

  it('property: published values are true and never in 1..threshold-1 (when totals are checked too)', () => {
    fc.assert(
      fc.property(table, options, (counts, opts) => {
        const t = suppressTable(counts, opts);
        const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0));
        const colTotals = counts[0]!.map((_, j) => counts.reduce((a, r) => a + r[j]!, 0));
        const check = (p: PublishedCount, truth: number, isTotal: boolean) => {
          if (isSuppressed(p)) return;
          expect(p.value).toBe(truth);
          if (!isTotal || opts.suppressSmallTotals)
            expect(p.value === 0 || p.value >= opts.threshold).toBe(true);
        };
        counts.forEach((r, i) => r.forEach((v, j) => check(t.cells[i]![j]!, v, false)));
        rowTotals.forEach((v, i) => check(t.rowTotals[i]!, v, true));
        colTotals.forEach((v, j) => check(t.columnTotals[j]!, v, true));
        check(
          t.grandTotal,
          rowTotals.reduce((a, b) => a + b, 0),
          true,
        );
        // every primary cell is suppressed
        counts.forEach((r, i) =>
          r.forEach((v, j) =>
            v > 0 && v < opts.threshold
              ? expect(isSuppressed(t.cells[i]![j]!)).toBe(true)
              : undefined,
          ),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('property: no suppressed entry can be recovered by differencing (independent linear checker)', () => {
    fc.assert(
      fc.property(table, options, (counts, opts) => {
        const t = suppressTable(counts, opts);
        expect(loneInLine(t)).toBe(false);
        expect(recoverable(t)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('property: deterministic, and a table without small counts is left alone', () => {
    fc.assert(
      fc.property(table, options, (counts, opts) => {
        expect(suppressTable(counts, opts)).toEqual(
          suppressTable(
            counts.map((r) => [...r]),
            opts,
          ),
        );
        const big = counts.map((r) =>
          r.map((v) => (v > 0 && v < opts.threshold ? v + opts.threshold : v)),
        );
        const t = suppressTable(big, { ...opts, suppressSmallTotals: false });
        expect(t.cells.flat().some(isSuppressed)).toBe(false);
      }),
    );
  });
});
