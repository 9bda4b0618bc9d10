import { ValidationError } from '../errors/domain-error.js';

/**
 * Small-number suppression of a two-way table of counts, as NHS statistics are published.
 *
 * The table is seen with its margins as one (rows+1) x (columns+1) grid: row totals form the last
 * column, column totals the last row, the grand total the corner. Every line of that grid (each
 * row, each column, the totals row and the totals column) is an equation "cells sum to total".
 *
 * 1. Primary: a count with `0 < count < threshold` is suppressed (totals too, unless
 *    `suppressSmallTotals` is false). Zeros are published: a zero describes nobody.
 * 2. Secondary, lines: a line with exactly one suppressed entry would give it away by differencing,
 *    so another entry of that line is suppressed: the smallest positive count that is not the
 *    line's total (a total only when no such count is left; a zero only as a last resort, since a
 *    suppressed zero would show that the other cell's value equals the line's remainder).
 *    Repeated to a fixed point.
 * 3. Secondary, chains: "two per line" is not enough — a suppressed entry joining two otherwise
 *    separate groups of suppressed entries is still the difference of sums of published lines.
 *    Seen as a graph (lines are nodes, suppressed entries are edges), an entry is determined by
 *    the published values exactly when its edge is a bridge; each bridge is closed into a cycle by
 *    suppressing the smallest count joining its two sides. Repeated until no bridge is left.
 *
 * Result: no published count is in 1..threshold-1, and no suppressed entry is a linear function of
 * the published ones. Bounds are not hidden: the sum of the suppressed entries of a line is known.
 */

export type PublishedCount = { value: number } | { suppressed: true };

export interface SuppressionOptions {
  /** Counts in 1..threshold-1 are suppressed (default 10, as for protected characteristics). */
  threshold?: number;
  /** Apply the primary rule to row, column and grand totals as well (default true). */
  suppressSmallTotals?: boolean;
}

export interface SuppressedTable {
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  columnTotals: PublishedCount[];
  grandTotal: PublishedCount;
  threshold: number;
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

/** True when a published count is suppressed. */
export function isSuppressed(p: PublishedCount): p is { suppressed: true } {
  return 'suppressed' in p;
}

/** The value of a published count, or `undefined` when suppressed. */
export function publishedValue(p: PublishedCount): number | undefined {
  return 'value' in p ? p.value : undefined;
}

/**
 * Suppresses small counts of a rows x columns table and adds secondary suppression so none can be
 * recovered from the totals. @example suppressTable([[12, 3], [40, 25]]).cells[0][1] // { suppressed: true }
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  options: SuppressionOptions = {},
): SuppressedTable {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(`threshold must be a whole number >= 1: ${threshold}`);
  const rows = counts.length;
  const cols = counts[0]?.length ?? 0;
  validate(counts, cols);

  // The grid with margins: value[i][j], i <= rows, j <= cols.
  const value: number[][] = [];
  for (let i = 0; i <= rows; i++) value.push(new Array<number>(cols + 1).fill(0));
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = counts[i]![j]!;
      value[i]![j] = v;
      value[i]![cols]! += v;
      value[rows]![j]! += v;
      value[rows]![cols]! += v;
    }
  }
  return protectGrid(value, rows, cols, threshold, options.suppressSmallTotals !== false);
}

/**
 * Suppression applied again to a grid of sums (e.g. regions' published tables added up at the
 * hub): `value` is the grid with margins ((rows+1) x (cols+1), row totals in the last column,
 * column totals in the last row); entries marked in `unknown` (a sum with a suppressed term) are
 * never published, and the same primary and secondary rules as `suppressTable` protect the rest.
 * @example resuppressGrid([[12, 3, 15], [40, 25, 65], [52, 28, 80]], [[false, true, false], ...])
 */
export function resuppressGrid(
  value: readonly (readonly number[])[],
  unknown: readonly (readonly boolean[])[],
  options: SuppressionOptions = {},
): SuppressedTable {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(`threshold must be a whole number >= 1: ${threshold}`);
  const rows = value.length - 1;
  const cols = (value[0]?.length ?? 1) - 1;
  if (rows < 0 || cols < 0) throw new RangeError('the grid needs its margins');
  const grid = value.map((r, i) =>
    r.map((v, j) => (unknown[i]?.[j] ? 0 : Math.max(0, Math.trunc(v)))),
  );
  const marks = (i: number, j: number) => unknown[i]?.[j] === true;
  return protectGrid(grid, rows, cols, threshold, options.suppressSmallTotals !== false, marks);
}

/** Primary suppression (plus entries pre-marked), then the secondary rules to a fixed point. */
function protectGrid(
  value: number[][],
  rows: number,
  cols: number,
  threshold: number,
  smallTotals: boolean,
  marked: (i: number, j: number) => boolean = () => false,
): SuppressedTable {
  const grid = new Grid(value, rows, cols);
  const small = (v: number) => v > 0 && v < threshold;
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= cols; j++) {
      const isTotal = i === rows || j === cols;
      if (marked(i, j) || (small(value[i]![j]!) && (!isTotal || smallTotals))) grid.suppress(i, j);
    }
  }
  for (;;) {
    grid.protectLines();
    if (!grid.closeOneBridge()) break;
  }

  const out = (i: number, j: number): PublishedCount =>
    grid.isSuppressed(i, j) ? { suppressed: true } : { value: value[i]![j]! };
  return {
    cells: Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => out(i, j)),
    ),
    rowTotals: Array.from({ length: rows }, (_, i) => out(i, cols)),
    columnTotals: Array.from({ length: cols }, (_, j) => out(rows, j)),
    grandTotal: out(rows, cols),
    threshold,
  };
}

function validate(counts: readonly (readonly number[])[], cols: number): void {
  counts.forEach((row, i) => {
    if (row.length !== cols)
      throw new ValidationError(`row ${i} has ${row.length} cells, expected ${cols}`, [
        { path: [i], message: 'ragged table' },
      ]);
    row.forEach((v, j) => {
      if (!Number.isSafeInteger(v) || v < 0)
        throw new ValidationError(`count at [${i}][${j}] must be a whole number >= 0: ${v}`, [
          { path: [i, j], message: 'expected a count' },
        ]);
    });
  });
}

/** The suppression state of the grid with margins, and the two secondary rules. */
class Grid {
  private readonly sup: boolean[][];
  private readonly rowCount: number[];
  private readonly colCount: number[];

  constructor(
    private readonly value: number[][],
    private readonly rows: number,
    private readonly cols: number,
  ) {
    this.sup = value.map((r) => r.map(() => false));
    this.rowCount = new Array<number>(rows + 1).fill(0);
    this.colCount = new Array<number>(cols + 1).fill(0);
  }

  isSuppressed(i: number, j: number): boolean {
    return this.sup[i]![j]!;
  }

  suppress(i: number, j: number): void {
    if (this.sup[i]![j]) return;
    this.sup[i]![j] = true;
    this.rowCount[i]! += 1;
    this.colCount[j]! += 1;
  }

  /**
   * Preference key of a candidate complement (lower is better): positive counts before zeros,
   * ordinary entries before totals, then the smallest value, then one whose other line already has
   * a suppressed entry (one suppression serves two lines).
   */
  private key(
    i: number,
    j: number,
    totalOfLine: boolean,
    crossCount: number,
  ): [number, number, number] {
    const v = this.value[i]![j]!;
    const cls = (v === 0 ? 2 : 0) + (totalOfLine ? 1 : 0);
    return [cls, v, crossCount > 0 ? 0 : 1];
  }

  /** Rule 2: no line of the grid has exactly one suppressed entry. */
  protectLines(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = 0; i <= this.rows; i++) {
        if (this.rowCount[i] !== 1) continue;
        let best: { j: number; k: [number, number, number] } | undefined;
        for (let j = 0; j <= this.cols; j++) {
          if (this.sup[i]![j]) continue;
          const k = this.key(i, j, j === this.cols, this.colCount[j]!);
          if (!best || less(k, best.k)) best = { j, k };
        }
        if (best) {
          this.suppress(i, best.j);
          changed = true;
        }
      }
      for (let j = 0; j <= this.cols; j++) {
        if (this.colCount[j] !== 1) continue;
        let best: { i: number; k: [number, number, number] } | undefined;
        for (let i = 0; i <= this.rows; i++) {
          if (this.sup[i]![j]) continue;
          const k = this.key(i, j, i === this.rows, this.rowCount[i]!);
          if (!best || less(k, best.k)) best = { i, k };
        }
        if (best) {
          this.suppress(best.i, j);
          changed = true;
        }
      }
    }
  }

  /** Rule 3: finds the first bridge (row-major) and closes it into a cycle; false when none is left. */
  closeOneBridge(): boolean {
    const nodes = this.rows + 1 + this.cols + 1;
    const adj: number[][] = Array.from({ length: nodes }, () => []);
    for (let i = 0; i <= this.rows; i++) {
      for (let j = 0; j <= this.cols; j++) {
        if (!this.sup[i]![j]) continue;
        adj[i]!.push(this.rows + 1 + j);
        adj[this.rows + 1 + j]!.push(i);
      }
    }
    const bridge = firstBridge(adj, this.rows + 1);
    if (!bridge) return false;
    const [bi, bj] = bridge;
    // Side A holds the bridge's row, side B its column, once the bridge itself is removed.
    const sideA = reach(adj, bi, bi, this.rows + 1 + bj);
    const sideB = reach(adj, this.rows + 1 + bj, bi, this.rows + 1 + bj);
    let best: { i: number; j: number; k: [number, number, number] } | undefined;
    for (let i = 0; i <= this.rows; i++) {
      if (!sideB[i]) continue;
      for (let j = 0; j <= this.cols; j++) {
        if (!sideA[this.rows + 1 + j] || this.sup[i]![j]) continue;
        const k = this.key(i, j, i === this.rows || j === this.cols, 1);
        if (!best || less(k, best.k)) best = { i, j, k };
      }
    }
    // Both sides hold a node of the other kind (every line has two suppressed entries), and no
    // suppressed entry joins them (it is a bridge), so a candidate always exists.
    if (!best) throw new Error('suppression: no cell closes a bridge (unreachable)');
    this.suppress(best.i, best.j);
    return true;
  }
}

function less(a: readonly number[], b: readonly number[]): boolean {
  for (let x = 0; x < a.length; x++) if (a[x]! !== b[x]!) return a[x]! < b[x]!;
  return false;
}

/** Nodes reachable from `start` without crossing the edge between `u` and `v`. */
function reach(adj: number[][], start: number, u: number, v: number): boolean[] {
  const seen = new Array<boolean>(adj.length).fill(false);
  const stack = [start];
  seen[start] = true;
  while (stack.length > 0) {
    const x = stack.pop()!;
    for (const y of adj[x]!) {
      if (seen[y] || (x === u && y === v) || (x === v && y === u)) continue;
      seen[y] = true;
      stack.push(y);
    }
  }
  return seen;
}

/**
 * The bridge with the smallest (row, column) of a simple bipartite graph whose first `rowNodes`
 * nodes are rows, as [row, column]; Tarjan's low-link, iterative.
 */
function firstBridge(adj: number[][], rowNodes: number): [number, number] | undefined {
  const n = adj.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  let time = 0;
  let best: [number, number] | undefined;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    // frames: node, parent, next neighbour index
    const stack: [number, number, number][] = [[root, -1, 0]];
    order[root] = low[root] = time++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const [x, parent] = frame;
      const ys = adj[x]!;
      if (frame[2] < ys.length) {
        const y = ys[frame[2]++]!;
        if (y === parent) continue;
        if (order[y] === -1) {
          order[y] = low[y] = time++;
          stack.push([y, x, 0]);
        } else low[x] = Math.min(low[x]!, order[y]!);
        continue;
      }
      stack.pop();
      if (parent >= 0) {
        low[parent] = Math.min(low[parent]!, low[x]!);
        if (low[x]! > order[parent]!) {
          const edge: [number, number] =
            parent < rowNodes ? [parent, x - rowNodes] : [x, parent - rowNodes];
          if (!best || edge[0] < best[0] || (edge[0] === best[0] && edge[1] < best[1])) best = edge;
        }
      }
    }
  }
  return best;
}
