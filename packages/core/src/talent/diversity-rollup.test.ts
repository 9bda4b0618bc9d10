import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDiversity, type PublishedAggregate } from './diversity-rollup.js';
import { isSuppressed, suppressTable, type PublishedCount } from './suppression.js';

const CATEGORIES = ['female', 'male', 'not_stated'];

/** A region's published table, as `POST /leader-diversity/publish` stores it. */
function published(
  owner: string,
  groups: string[],
  counts: number[][],
  threshold = 10,
  computedOn = '2016-03-31',
): PublishedAggregate {
  const t = suppressTable(counts, { threshold });
  return {
    id: `${owner}-${computedOn}`,
    owner,
    population: 'leaders',
    characteristic: 'sex',
    groupBy: 'role',
    computedOn,
    categories: CATEGORIES,
    rows: groups.map((group, i) => ({ group, cells: t.cells[i]!, total: t.rowTotals[i]! })),
    columnTotals: t.columnTotals,
    grandTotal: t.grandTotal,
  };
}

const value = (p: PublishedCount) => (isSuppressed(p) ? null : p.value);

describe('the national roll-up of published diversity tables (para 103)', () => {
  it('sums the latest table of each region and publishes sums only where every term was published', () => {
    const a = published(
      'ahsn-oxford',
      ['board_member', 'senior_post_holder'],
      [
        [30, 20, 0],
        [12, 15, 0],
      ],
    );
    const old = published('ahsn-wessex', ['board_member'], [[1, 1, 1]], 10, '2015-03-31');
    const b = published(
      'ahsn-wessex',
      ['board_member', 'senior_post_holder'],
      [
        [25, 40, 0],
        [10, 30, 0],
      ],
    );
    const n = nationalDiversity([a, old, b]);
    expect(n.sources.map((s) => s.owner)).toEqual(['ahsn-oxford', 'ahsn-wessex']);
    expect(n.rows).toEqual(['board_member', 'senior_post_holder']);
    expect(n.cells.map((r) => r.map(value))).toEqual([
      [55, 60, 0],
      [22, 45, 0],
    ]);
    expect(value(n.grandTotal)).toBe(182);
    // one row per instance
    const byInstance = nationalDiversity([a, b], { rowsBy: 'instance' });
    expect(byInstance.rows).toEqual(['ahsn-oxford', 'ahsn-wessex']);
    expect(byInstance.cells.map((r) => r.map(value))).toEqual([
      [42, 35, 0],
      [35, 70, 0],
    ]);
  });

  it('never publishes a sum with a suppressed term, and suppresses small sums again', () => {
    // Oxford's 3 senior women are suppressed there; the national sum of that cell is unknown
    const a = published(
      'ahsn-oxford',
      ['board_member', 'senior_post_holder'],
      [
        [30, 20, 0],
        [3, 15, 0],
      ],
    );
    const b = published(
      'ahsn-wessex',
      ['board_member', 'senior_post_holder'],
      [
        [4, 40, 0],
        [10, 30, 0],
      ],
    );
    const n = nationalDiversity([a, b]);
    expect(isSuppressed(n.cells[1]![0]!)).toBe(true);
    // Wessex's 4 board women were suppressed too, so no board-women sum is published
    expect(isSuppressed(n.cells[0]![0]!)).toBe(true);
    for (const row of n.cells)
      for (const p of row) if (!isSuppressed(p)) expect(p.value === 0 || p.value >= 10).toBe(true);
  });

  it('refuses to add up different characteristics, and leaves out tables of other categories', () => {
    const a = published('a', ['board_member'], [[20, 20, 0]]);
    expect(() => nationalDiversity([a, { ...a, owner: 'b', characteristic: 'ageBand' }])).toThrow(
      /one population, characteristic and grouping/,
    );
    const n = nationalDiversity([a, { ...a, id: 'x', owner: 'b', categories: ['x', 'y', 'z'] }]);
    expect(n.excluded).toEqual([
      { id: 'x', owner: 'b', reason: 'its categories differ from the others' },
    ]);
  });

  const count = fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 4 },
    { arbitrary: fc.integer({ min: 10, max: 60 }), weight: 4 },
  );
  const GROUPS = ['g0', 'g1', 'g2', 'g3'];
  const region = fc.integer({ min: 1, max: 4 }).chain((rows) =>
    fc.array(fc.array(count, { minLength: 3, maxLength: 3 }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

  it('property: after summing, no published cell or total is below the threshold, every published value is the true sum, and no suppressed entry stands alone in its line', () => {
    fc.assert(
      fc.property(
        fc.array(region, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom('group' as const, 'instance' as const),
        (regions, threshold, rowsBy) => {
          const tables = regions.map((counts, k) =>
            published(`r${k}`, GROUPS.slice(0, counts.length), counts, threshold),
          );
          const n = nationalDiversity(tables, { threshold, rowsBy });
          // the true national counts, by row label
          const truth = new Map<string, number[]>();
          regions.forEach((counts, k) =>
            counts.forEach((row, i) => {
              const label = rowsBy === 'group' ? GROUPS[i]! : `r${k}`;
              const acc = truth.get(label) ?? [0, 0, 0];
              row.forEach((v, j) => (acc[j]! += v));
              truth.set(label, acc);
            }),
          );
          const grid: PublishedCount[][] = n.cells.map((r, i) => [...r, n.rowTotals[i]!]);
          grid.push([...n.columnTotals, n.grandTotal]);
          const trueGrid = n.rows.map((label) => {
            const r = truth.get(label)!;
            return [...r, r.reduce((a, b) => a + b, 0)];
          });
          const col = [0, 1, 2, 3].map((j) => trueGrid.reduce((a, r) => a + r[j]!, 0));
          trueGrid.push(col);
          grid.forEach((r, i) =>
            r.forEach((p, j) => {
              if (isSuppressed(p)) return;
              expect(p.value).toBe(trueGrid[i]![j]);
              expect(p.value === 0 || p.value >= threshold).toBe(true);
            }),
          );
          // lines: rows (with their total) and columns (with theirs)
          const lone = (line: PublishedCount[]) => line.filter(isSuppressed).length === 1;
          for (const r of grid) expect(lone(r)).toBe(false);
          for (let j = 0; j < grid[0]!.length; j++)
            expect(lone(grid.map((r) => r[j]!))).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
