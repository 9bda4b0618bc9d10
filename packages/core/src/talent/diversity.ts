import { ValidationError } from '../errors/domain-error.js';
import type { BenchmarkShare } from './benchmark-csv.js';
import {
  CHARACTERISTIC_CATEGORIES,
  type ProtectedCharacteristic,
} from './protected-characteristics.js';
import {
  publishedValue,
  suppressTable,
  type PublishedCount,
  type SuppressedTable,
  type SuppressionOptions,
} from './suppression.js';

/**
 * Diversity monitoring (para 103): counts of people by group (LDP, programme...) and category of a
 * protected characteristic, published only as a suppressed table, and compared with the population
 * served using published figures alone.
 */

export interface DiversityTableOptions<T> extends SuppressionOptions {
  characteristic: ProtectedCharacteristic;
  /** The row a record counts in (an LDP id, a programme id...); `undefined` leaves it out. */
  groupOf: (record: T) => string | undefined;
  /** The record's category; default: its `characteristic` property. Missing means `not_stated`. */
  categoryOf?: (record: T) => string | undefined;
  /** Maps a recorded category to the published one, e.g. `ethnicGroupOf` for the 5 broad groups. */
  recode?: (category: string) => string;
  /** Published columns in order; default: the characteristic's categories (recoded, de-duplicated). */
  categories?: readonly string[];
  /** Published rows in order; default: every group seen, sorted. Records of other groups are left out. */
  groups?: readonly string[];
}

export interface DiversityTable extends SuppressedTable {
  characteristic: ProtectedCharacteristic;
  groups: string[];
  categories: string[];
}

/**
 * Counts records by group x category of a protected characteristic and suppresses small numbers.
 * @example diversityTable(participants, { characteristic: 'ethnicity', recode: ethnicGroupOf, groupOf: (p) => ldpOf(p) })
 */
export function diversityTable<T>(
  records: Iterable<T>,
  options: DiversityTableOptions<T>,
): DiversityTable {
  const { characteristic, groupOf, recode } = options;
  const categoryOf = options.categoryOf ?? ((r: T) => readProperty(r, characteristic));
  const categories = [
    ...new Set(
      options.categories ??
        CHARACTERISTIC_CATEGORIES[characteristic].map((c) => (recode ? recode(c) : c)),
    ),
  ];
  const categoryIndex = new Map(categories.map((c, j) => [c, j]));
  const fixedGroups = options.groups !== undefined;
  const groupIndex = new Map((options.groups ?? []).map((g, i) => [g, i]));
  const rows: number[][] = (options.groups ?? []).map(() =>
    new Array<number>(categories.length).fill(0),
  );
  const unknown = new Set<string>();

  for (const record of records) {
    const group = groupOf(record);
    if (group === undefined) continue;
    const raw = categoryOf(record);
    const stated = raw === undefined || raw === '' ? 'not_stated' : raw;
    const category = recode ? recode(stated) : stated;
    const j = categoryIndex.get(category);
    if (j === undefined) {
      unknown.add(category);
      continue;
    }
    let i = groupIndex.get(group);
    if (i === undefined) {
      if (fixedGroups) continue;
      i = rows.length;
      groupIndex.set(group, i);
      rows.push(new Array<number>(categories.length).fill(0));
    }
    rows[i]![j]! += 1;
  }
  if (unknown.size > 0) {
    const list = [...unknown].sort();
    throw new ValidationError(
      `${characteristic}: categories not in the table: ${list.join(', ')}`,
      list.map((c) => ({ path: [characteristic], message: `unknown category ${c}` })),
    );
  }

  let groups = [...groupIndex.keys()];
  let counts = rows;
  if (!fixedGroups) {
    const order = groups
      .map((g, i) => [g, i] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    groups = order.map(([g]) => g);
    counts = order.map(([, i]) => rows[i]!);
  }
  const suppression: SuppressionOptions = {};
  if (options.threshold !== undefined) suppression.threshold = options.threshold;
  if (options.suppressSmallTotals !== undefined)
    suppression.suppressSmallTotals = options.suppressSmallTotals;
  // with no rows, a placeholder row of zeros keeps the (zero) column totals
  const t = suppressTable(
    counts.length > 0 ? counts : [new Array<number>(categories.length).fill(0)],
    suppression,
  );
  const cells = counts.length > 0 ? t.cells : [];
  const rowTotals = counts.length > 0 ? t.rowTotals : [];
  return {
    cells,
    rowTotals,
    columnTotals: t.columnTotals,
    grandTotal: t.grandTotal,
    threshold: t.threshold,
    characteristic,
    groups,
    categories,
  };
}

function readProperty(record: unknown, key: string): string | undefined {
  const v =
    typeof record === 'object' && record !== null
      ? (record as Record<string, unknown>)[key]
      : undefined;
  return typeof v === 'string' ? v : undefined;
}

export type RepresentationStatus =
  | 'ok'
  | 'suppressed'
  | 'denominator_suppressed'
  | 'empty_group'
  | 'no_benchmark'
  | 'zero_benchmark';

export interface RepresentationRow {
  /** The table's group, or `null` for all groups together (the column totals). */
  group: string | null;
  geography: string | undefined;
  category: string;
  /** Published count, `null` when suppressed. */
  count: number | null;
  /** count / denominator (people with a stated category, or everyone: see `excludeNotStated`). */
  share: number | null;
  benchmarkShare: number | null;
  /** share / benchmarkShare: 1 is proportionate, below 1 under-represented. Only for `ok` rows. */
  ratio: number | null;
  status: RepresentationStatus;
}

export interface RepresentationOptions {
  /** The benchmark geography of each group (e.g. the LDP footprint); `undefined` means none. */
  geographyOf: (group: string) => string | undefined;
  /** Also compare all groups together (the column totals) against this geography. */
  overallGeography?: string;
  /** Leave `not_stated` out of denominators and results (default true): benchmarks have no such category. */
  excludeNotStated?: boolean;
}

/**
 * Representation ratios of a suppressed diversity table against population benchmark shares,
 * computed from published values only: a suppressed count, or a suppressed denominator, gives no ratio.
 */
export function representation(
  table: DiversityTable,
  benchmark: readonly BenchmarkShare[],
  options: RepresentationOptions,
): RepresentationRow[] {
  const shares = new Map<string, number>();
  for (const b of benchmark)
    if (b.characteristic === table.characteristic)
      shares.set(`${b.geography}\u0000${b.category}`, b.share);
  const excludeNotStated = options.excludeNotStated !== false;
  const notStated = excludeNotStated ? table.categories.indexOf('not_stated') : -1;
  const out: RepresentationRow[] = [];

  const compare = (
    group: string | null,
    geography: string | undefined,
    published: readonly PublishedCount[],
    total: PublishedCount,
  ) => {
    let denominator = publishedValue(total);
    if (denominator !== undefined && notStated >= 0) {
      const ns = publishedValue(published[notStated]!);
      denominator = ns === undefined ? undefined : denominator - ns;
    }
    table.categories.forEach((category, j) => {
      if (j === notStated) return;
      const count = publishedValue(published[j]!) ?? null;
      const b = geography === undefined ? undefined : shares.get(`${geography}\u0000${category}`);
      const row: RepresentationRow = {
        group,
        geography,
        category,
        count,
        share: null,
        benchmarkShare: b ?? null,
        ratio: null,
        status: 'ok',
      };
      if (count === null) row.status = 'suppressed';
      else if (denominator === undefined) row.status = 'denominator_suppressed';
      else if (denominator === 0) row.status = 'empty_group';
      else {
        row.share = count / denominator;
        if (b === undefined) row.status = 'no_benchmark';
        else if (b === 0) row.status = 'zero_benchmark';
        else row.ratio = row.share / b;
      }
      out.push(row);
    });
  };

  table.groups.forEach((group, i) =>
    compare(group, options.geographyOf(group), table.cells[i]!, table.rowTotals[i]!),
  );
  if (options.overallGeography !== undefined)
    compare(null, options.overallGeography, table.columnTotals, table.grandTotal);
  return out;
}
