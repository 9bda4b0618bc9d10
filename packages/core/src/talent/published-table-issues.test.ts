import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertRecordRules } from '../entity/define-entity.js';
import { ValidationError } from '../errors/domain-error.js';
import { diversityAggregateEntity } from './diversity-aggregate.js';
import { publishedTableIssues, type PublishedTable } from './published-table-issues.js';
import { suppressTable } from './suppression.js';

/** The published form of a table of counts, as the diversity routes publish it. */
function published(counts: number[][], threshold: number): PublishedTable {
  const t = suppressTable(counts, { threshold });
  return {
    threshold,
    categories: counts[0]!.map((_, j) => `c${j}`),
    rows: t.cells.map((cells, i) => ({ cells, total: t.rowTotals[i]! })),
    columnTotals: t.columnTotals,
    grandTotal: t.grandTotal,
  };
}

describe('a published table reveals no small number', () => {
  it('property: every table suppressTable publishes keeps the rules', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 2, max: 20 }),
        fc.array(fc.nat(60), { minLength: 30, maxLength: 30 }),
        (rows, cols, threshold, pool) => {
          const counts = Array.from({ length: rows }, (_, i) =>
            Array.from({ length: cols }, (_, j) => pool[(i * cols + j) % pool.length]!),
          );
          expect(publishedTableIssues(published(counts, threshold))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a shown count below the threshold, a lone suppressed entry and a ragged row', () => {
    const good = published(
      [
        [40, 3, 22],
        [15, 30, 12],
      ],
      10,
    );
    expect(publishedTableIssues(good)).toEqual([]);
    // the 3 shown as it is: what a region that skipped suppression would push
    const shown = structuredClone(good) as PublishedTable & { rows: { cells: unknown[] }[] };
    shown.rows[0]!.cells[1] = { value: 3 };
    expect(publishedTableIssues(shown)).toContainEqual(
      expect.objectContaining({ path: ['rows', 0, 'cells', 1], code: 'unsuppressed_count' }),
    );
    // one suppressed entry alone in its row: row total minus the others gives it
    const lone: PublishedTable = {
      threshold: 10,
      categories: ['a', 'b'],
      rows: [{ cells: [{ suppressed: true }, { value: 20 }], total: { value: 23 } }],
      columnTotals: [{ suppressed: true }, { value: 20 }],
      grandTotal: { value: 23 },
    };
    expect(publishedTableIssues(lone).map((i) => i.code)).toContain('recoverable_count');
    const ragged = { ...good, categories: ['a', 'b'] };
    expect(publishedTableIssues(ragged)[0]!.message).toMatch(/3 cells for 2 categories/);
  });

  it('is the diversity aggregate entity rule: assertRecordRules refuses it with the path', () => {
    const t = published([[40, 3, 22]], 10);
    const record = {
      population: 'participants',
      characteristic: 'sex',
      groupBy: 'programme',
      computedOn: '2015-10-01',
      ...t,
      rows: t.rows.map((r) => ({ group: 'Programme A', ...r })),
    };
    expect(() => assertRecordRules(diversityAggregateEntity, record)).not.toThrow();
    (record.rows[0]!.cells as unknown[])[1] = { value: 3 };
    expect(() => assertRecordRules(diversityAggregateEntity, record)).toThrow(ValidationError);
    expect(() => assertRecordRules(diversityAggregateEntity, record)).toThrow(
      /rows\.0\.cells\.1: shows 3, below the table's threshold 10/,
    );
  });
});
