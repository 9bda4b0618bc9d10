import { sql } from 'drizzle-orm';
import { naturalId, newId } from '@tessera/core';
import { HUB_INSTANCE } from '../hub-instance.js';
import { snakeCase } from '../schema/zod-column.js';
import type { Store, Tx } from '../store.js';
import type { ImportRecord } from './import-records.js';

/** Stands for the id of the row's own record in the fields of the records that follow it. */
export const OWN_ID = '\u0000own-id';

/** The identity of a record for duplicate checks: its id, its entity and match fields, or none (a new record). */
export function recordKey(r: ImportRecord): string | undefined {
  if (r.id !== undefined) return r.id;
  return r.match ? `${r.entity}:${JSON.stringify(r.match)}` : undefined;
}

/**
 * Gives every record of `records` its id: the one it names, the stored live record's its `match`
 * fields find (an ODS code, an organisation and network), or a new one: at the hub the natural id
 * of its match values (as the seed derives), elsewhere one minted by this instance.
 */
export async function resolveIds(
  store: Store,
  tx: Tx,
  records: readonly ImportRecord[],
): Promise<void> {
  const byEntity = new Map<string, ImportRecord[]>();
  for (const r of records) {
    if (r.id !== undefined || !r.match) continue;
    const list = byEntity.get(r.entity) ?? [];
    list.push(r);
    byEntity.set(r.entity, list);
  }
  for (const [entity, list] of byEntity) {
    const fields = Object.keys(list[0]!.match!);
    const table = store.repo(entity).def.table;
    const cols = fields.map((f) => sql.identifier(snakeCase(f)));
    const values = [...new Set(list.map((r) => r.match![fields[0]!]))];
    const rows = await tx.all<Record<string, unknown>>(
      sql`SELECT "id", ${sql.join(cols, sql`, `)} FROM ${sql.identifier(table)} WHERE ${cols[0]!} IN (SELECT value FROM json_each(${JSON.stringify(values)})) AND "deleted" = 0`,
    );
    const found = new Map(
      rows.map((row) => [
        JSON.stringify(fields.map((f) => row[snakeCase(f)] ?? row[f])),
        String(row['id']),
      ]),
    );
    for (const r of list) {
      const key = fields.map((f) => r.match![f]);
      r.id =
        found.get(JSON.stringify(key)) ??
        (store.instance === HUB_INSTANCE
          ? naturalId(entity, ...key.map(String))
          : newId(store.instance));
    }
  }
  for (const r of records) if (r.id === undefined) r.id = newId(store.instance);
}

/** Puts the row's own id where its other records say `OWN_ID` (fields and match). */
export function fillOwnId(records: readonly ImportRecord[]): void {
  const own = records[0]!.id!;
  for (const r of records.slice(1)) {
    for (const [k, v] of Object.entries(r.fields)) if (v === OWN_ID) r.fields[k] = own;
    if (r.match) for (const [k, v] of Object.entries(r.match)) if (v === OWN_ID) r.match[k] = own;
  }
}
