import type { Store, Tx } from '../store.js';
import { missingReferences } from '../repository/write-rules.js';
import type { ImportIssue } from './import-records.js';

/** A row of an import whose records were prepared: what it writes, by entity and id. */
export interface PreparedRow {
  line: number;
  prepared: { entity: string; id: string; fields: Record<string, unknown> }[];
}

/**
 * The rows whose references all name a live record this instance holds or one the batch writes;
 * the others are refused with their line and the field naming nothing (one query per entity).
 */
export async function keepReferencedRows(
  store: Store,
  tx: Tx,
  rows: readonly PreparedRow[],
  refuse: (line: number, errors: ImportIssue[]) => void,
): Promise<PreparedRow[]> {
  const inBatch = new Set(rows.flatMap((r) => r.prepared.map((p) => `${p.entity}\u0000${p.id}`)));
  const tableOf = (entity: string) => store.entities.find((e) => e.name === entity)?.table;
  const flat = rows.flatMap((row, r) => row.prepared.map((p) => ({ r, ...p })));
  const faults = new Map<number, ImportIssue[]>();
  for (const entity of new Set(flat.map((p) => p.entity))) {
    const mine = flat.filter((p) => p.entity === entity);
    const missing = await missingReferences(
      tx,
      store.repo(entity).def,
      mine.map((p) => p.fields),
      tableOf,
      (target, id) => inBatch.has(`${target}\u0000${id}`),
    );
    for (const m of missing) {
      const r = mine[m.index]!.r;
      const list = faults.get(r) ?? [];
      list.push({ path: m.field, message: `no ${m.entity} with id ${m.id}` });
      faults.set(r, list);
    }
  }
  rows.forEach((row, r) => {
    const errors = faults.get(r);
    if (errors) refuse(row.line, errors);
  });
  return rows.filter((_, r) => !faults.has(r));
}
