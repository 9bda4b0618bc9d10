import type { FieldIssue } from '../errors/domain-error.js';

type Published = { value: number } | { suppressed: true };

/** A published diversity table as `suppressTable` makes it (cells by row, with the margins). */
export interface PublishedTable {
  threshold: number;
  categories: readonly string[];
  rows: readonly { cells: readonly Published[]; total: Published }[];
  columnTotals: readonly Published[];
  grandTotal: Published;
}

const shown = (p: Published): number | undefined => ('value' in p ? p.value : undefined);

/**
 * What a published table must keep for it to reveal no small number, whoever computed it (the
 * hub checks every region's table with this, so a region that skipped suppression is refused):
 * - every row has one cell per category, and the column totals too;
 * - no shown count (cell or total) is from 1 to threshold - 1 (primary suppression);
 * - no line (a row with its total, a column with its total, the totals with the grand total)
 *   has exactly one suppressed entry, which the others would give away by differencing.
 * @example publishedTableIssues(table) // [] when the table keeps them
 */
export function publishedTableIssues(table: PublishedTable): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const cols = table.categories.length;
  const small = (p: Published, path: (string | number)[]) => {
    const v = shown(p);
    if (v !== undefined && v > 0 && v < table.threshold)
      issues.push({
        path,
        message: `shows ${v}, below the table's threshold ${table.threshold}: it must be suppressed`,
        code: 'unsuppressed_count',
      });
  };
  table.rows.forEach((row, i) => {
    if (row.cells.length !== cols)
      issues.push({
        path: ['rows', i, 'cells'],
        message: `has ${row.cells.length} cells for ${cols} categories`,
      });
    row.cells.forEach((c, j) => small(c, ['rows', i, 'cells', j]));
    small(row.total, ['rows', i, 'total']);
  });
  if (table.columnTotals.length !== cols)
    issues.push({
      path: ['columnTotals'],
      message: `has ${table.columnTotals.length} totals for ${cols} categories`,
    });
  table.columnTotals.forEach((c, j) => small(c, ['columnTotals', j]));
  small(table.grandTotal, ['grandTotal']);
  if (issues.length) return issues;

  const alone = (line: Published[], path: (string | number)[]) => {
    if (line.filter((p) => shown(p) === undefined).length === 1)
      issues.push({
        path,
        message: 'has one suppressed entry alone in its line: the others give it away',
        code: 'recoverable_count',
      });
  };
  table.rows.forEach((row, i) => alone([...row.cells, row.total], ['rows', i]));
  for (let j = 0; j < cols; j++)
    alone([...table.rows.map((r) => r.cells[j]!), table.columnTotals[j]!], ['columnTotals', j]);
  alone([...table.columnTotals, table.grandTotal], ['columnTotals']);
  alone([...table.rows.map((r) => r.total), table.grandTotal], ['grandTotal']);
  return issues;
}
