import { ValidationError } from '../errors/domain-error.js';
import type { DiversityAggregate } from './diversity-aggregate.js';
import { publishedValue, resuppressGrid, type SuppressedTable } from './suppression.js';

/** A published aggregate with the instance that published it. */
export type PublishedAggregate = Pick<
  DiversityAggregate,
  | 'population'
  | 'characteristic'
  | 'groupBy'
  | 'categories'
  | 'rows'
  | 'columnTotals'
  | 'grandTotal'
  | 'computedOn'
> & { id: string; owner: string };

export interface DiversityRollupOptions {
  /** Rows of the national table: each group summed over instances (default), or one per instance. */
  rowsBy?: 'group' | 'instance';
  /** Counts of 1 to threshold-1 are suppressed again after summing (default 10). */
  threshold?: number;
}

export interface DiversityRollup extends SuppressedTable {
  categories: string[];
  /** Row labels: groups, or the publishing instances. */
  rows: string[];
  rowsBy: 'group' | 'instance';
  /** The aggregates summed (the latest of each instance). */
  sources: { id: string; owner: string; computedOn: string }[];
  /** Aggregates left out, and why. */
  excluded: { id: string; owner: string; reason: string }[];
}

/** A sum of published counts: unknown as soon as one term is suppressed. */
class Sum {
  value = 0;
  unknown = false;
  add(p: { value: number } | { suppressed: true }): void {
    const v = publishedValue(p);
    if (v === undefined) this.unknown = true;
    else this.value += v;
  }
}

/**
 * The national roll-up at the hub of the instances' published, suppressed diversity tables of one
 * population and characteristic (para 103): the latest table of each instance, summed cell by cell
 * (a sum with a suppressed term is unknown and never published), then suppressed again — small
 * sums and, by the secondary rules, anything that would give a hidden sum away by differencing.
 * @example nationalDiversity(aggregates, { rowsBy: 'instance' }).grandTotal
 */
export function nationalDiversity(
  aggregates: readonly PublishedAggregate[],
  options: DiversityRollupOptions = {},
): DiversityRollup {
  const rowsBy = options.rowsBy ?? 'group';
  const kinds = new Set(aggregates.map((a) => `${a.population}/${a.characteristic}/${a.groupBy}`));
  if (kinds.size > 1)
    throw new ValidationError(
      `Only tables of one population, characteristic and grouping add up: got ${[...kinds].sort().join(', ')}`,
      [{ path: ['characteristic'], message: 'mixed tables' }],
    );
  // the latest table of each instance
  const latest = new Map<string, PublishedAggregate>();
  for (const a of aggregates) {
    const seen = latest.get(a.owner);
    if (
      !seen ||
      seen.computedOn < a.computedOn ||
      (seen.computedOn === a.computedOn && seen.id < a.id)
    )
      latest.set(a.owner, a);
  }
  const tables = [...latest.values()].sort((a, b) => (a.owner < b.owner ? -1 : 1));
  const categories = tables[0]?.categories ?? [];
  const excluded: DiversityRollup['excluded'] = [];
  const used = tables.filter((t) => {
    const same =
      t.categories.length === categories.length &&
      t.categories.every((c, j) => c === categories[j]);
    if (!same)
      excluded.push({ id: t.id, owner: t.owner, reason: 'its categories differ from the others' });
    return same;
  });

  const labels =
    rowsBy === 'instance'
      ? used.map((t) => t.owner)
      : [...new Set(used.flatMap((t) => t.rows.map((r) => r.group)))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const cols = categories.length;
  const grid = Array.from({ length: labels.length + 1 }, () =>
    Array.from({ length: cols + 1 }, () => new Sum()),
  );
  const last = labels.length;
  for (const t of used) {
    if (rowsBy === 'instance') {
      const i = index.get(t.owner)!;
      t.columnTotals.forEach((p, j) => grid[i]![j]!.add(p));
      grid[i]![cols]!.add(t.grandTotal);
    } else {
      for (const r of t.rows) {
        const i = index.get(r.group)!;
        r.cells.forEach((p, j) => grid[i]![j]!.add(p));
        grid[i]![cols]!.add(r.total);
      }
    }
    t.columnTotals.forEach((p, j) => grid[last]![j]!.add(p));
    grid[last]![cols]!.add(t.grandTotal);
  }
  const table = resuppressGrid(
    grid.map((r) => r.map((s) => s.value)),
    grid.map((r) => r.map((s) => s.unknown)),
    options.threshold !== undefined ? { threshold: options.threshold } : {},
  );
  return {
    ...table,
    categories: [...categories],
    rows: labels,
    rowsBy,
    sources: used.map((t) => ({ id: t.id, owner: t.owner, computedOn: t.computedOn })),
    excluded,
  };
}
