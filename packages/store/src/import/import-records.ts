import type { Store, Tx } from '../store.js';
import type { StoredRecord } from '../repository/entity-repository.js';
import type { WriteContext } from '../repository/write-context.js';
import { idMintedBy } from '@tessera/core';
import { HUB_INSTANCE } from '../hub-instance.js';
import { fillOwnId, recordKey, resolveIds } from './resolve-ids.js';
import { keepReferencedRows, type PreparedRow } from './referenced-rows.js';

/** A record a row of an import file becomes (an organisation, its memberships, ...). */
export interface ImportRecord {
  entity: string;
  /** The record's id when the row names it; else found by `match` or new (see `resolveIds`). */
  id?: string;
  /** Fields that find the stored record (an ODS code; an organisation and a network). */
  match?: Record<string, unknown>;
  /** The fields the row gives; fields it leaves out keep their stored values. */
  fields: Record<string, unknown>;
}

/** One data row of an import file: its line number and what it becomes, or why it cannot. */
export interface ImportRow {
  line: number;
  /** The first record is the row's own (it decides created/updated/unchanged); the rest follow it. */
  records?: ImportRecord[];
  /** The row is not for this import (e.g. a Welsh trust): reported, not written, not an error. */
  skipped?: string;
  /** The row is wrong: reported with its line, and nothing is written (unless `partial`). */
  errors?: ImportIssue[];
}

export interface ImportIssue {
  /** The field (column) at fault, when one is. */
  path: string;
  message: string;
}

export interface ImportOptions {
  /** Write the good rows even when some are refused. */
  partial?: boolean;
  /** Who imports, for the audit log (default `import`). */
  actor?: string;
  actorRole?: string;
  /** Rows written per batch inside the one transaction (default 100: a small batch's garbage dies young, so a large import's heap stays flat). */
  batchRows?: number;
  /** Called after each batch with the number of rows read so far. */
  onProgress?: (rows: number) => void;
}

/** At most this many refused and skipped rows are listed (all are counted). */
export const MAX_LISTED = 1000;

export interface ImportReport {
  /** Data rows read. */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skippedCount: number;
  refusedCount: number;
  skipped: { line: number; reason: string }[];
  refused: { line: number; errors: ImportIssue[] }[];
  /** Records that followed the rows (e.g. memberships), by entity. */
  related: Record<string, { created: number; updated: number; unchanged: number }>;
  /** False when a refused row stopped the import: then nothing at all was written. */
  written: boolean;
}

class RolledBack extends Error {}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Imports rows in one transaction through the entities' repositories (their schemas, owners and
 * change log apply): idempotent by record id, merging each row's fields into the stored record.
 * A row whose record another instance owns may only restate it. With a refused row nothing is
 * written unless `partial`; every refused row is reported with its line.
 */
export async function importRecords(
  store: Store,
  rows: AsyncIterable<ImportRow>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = {
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skippedCount: 0,
    refusedCount: 0,
    skipped: [],
    refused: [],
    related: {},
    written: false,
  };
  const ctx: WriteContext = {
    actor: options.actor ?? 'import',
    actorRole: options.actorRole ?? 'admin',
    now: new Date().toISOString(),
  };
  const batchRows = options.batchRows ?? 100;
  const refuse = (line: number, errors: ImportIssue[]) => {
    report.refusedCount++;
    if (report.refused.length < MAX_LISTED) report.refused.push({ line, errors });
  };
  const firstLine = new Map<string, number>();
  try {
    await store.write(async (tx) => {
      let batch: ImportRow[] = [];
      const flush = async () => {
        const writing = options.partial || report.refusedCount === 0;
        await importBatch(store, tx, batch, ctx, report, refuse, writing);
        batch = [];
        options.onProgress?.(report.rows);
      };
      for await (const row of rows) {
        report.rows++;
        if (row.skipped !== undefined) {
          report.skippedCount++;
          if (report.skipped.length < MAX_LISTED)
            report.skipped.push({ line: row.line, reason: row.skipped });
          continue;
        }
        if (row.errors?.length || !row.records?.length) {
          refuse(row.line, row.errors ?? [{ path: '', message: 'empty row' }]);
          continue;
        }
        const own = recordKey(row.records[0]!);
        const earlier = own === undefined ? undefined : firstLine.get(own);
        if (earlier !== undefined) {
          refuse(row.line, [{ path: '', message: `the same record as line ${earlier}` }]);
          continue;
        }
        if (own !== undefined) firstLine.set(own, row.line);
        batch.push(row);
        if (batch.length >= batchRows) await flush();
      }
      await flush();
      if (report.refusedCount > 0 && !options.partial) throw new RolledBack();
    });
    report.written = true;
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
    Object.assign(report, { created: 0, updated: 0, unchanged: 0, related: {}, written: false });
  }
  return report;
}

type Stored = Map<string, Map<string, StoredRecord>>;
type Items = Map<string, { id: string; fields: unknown }[]>;

/** Validates a batch of rows against what is stored, and writes the good ones when `writing`. */
async function importBatch(
  store: Store,
  tx: Tx,
  batch: readonly ImportRow[],
  ctx: WriteContext,
  report: ImportReport,
  refuse: (line: number, errors: ImportIssue[]) => void,
  writing: boolean,
): Promise<void> {
  if (batch.length === 0) return;
  const stored = await readStored(store, tx, batch);
  const prepared = prepareRows(store, batch, stored, refuse);
  const accepted = await keepReferencedRows(store, tx, prepared, refuse);
  const { items, restated } = sortRows(store, accepted, stored);
  if (!writing) return;
  const primary = batch[0]!.records![0]!.entity;
  await writeItems(store, tx, { items, restated, stored, primary }, ctx, report);
}

/** Resolves the batch's records' ids, and reads what is stored under them, by entity. */
async function readStored(store: Store, tx: Tx, batch: readonly ImportRow[]): Promise<Stored> {
  // the rows' own records first: the records that follow them refer to their ids
  await resolveIds(
    store,
    tx,
    batch.map((row) => row.records![0]!),
  );
  for (const row of batch) fillOwnId(row.records!);
  await resolveIds(
    store,
    tx,
    batch.flatMap((row) => row.records!.slice(1)),
  );
  const idsByEntity = new Map<string, string[]>();
  for (const row of batch)
    for (const r of row.records!) {
      const ids = idsByEntity.get(r.entity) ?? [];
      ids.push(r.id!);
      idsByEntity.set(r.entity, ids);
    }
  const stored: Stored = new Map();
  for (const [entity, ids] of idsByEntity)
    stored.set(entity, await store.repo(entity).getManyIn(tx, ids));
  return stored;
}

/** Prepares the records of each row (validated, merged with what is stored); refuses rows with a fault. */
function prepareRows(
  store: Store,
  batch: readonly ImportRow[],
  stored: Stored,
  refuse: (line: number, errors: ImportIssue[]) => void,
): PreparedRow[] {
  const rows: PreparedRow[] = [];
  for (const row of batch) {
    const prepared: PreparedRow['prepared'] = [];
    const errors: ImportIssue[] = [];
    for (const r of row.records!) {
      const result = prepare(store, r, stored.get(r.entity)?.get(r.id!));
      if ('errors' in result) {
        errors.push(...result.errors);
        if (prepared.length === 0) break; // the row's own record: what follows it repeats its faults
      } else prepared.push({ entity: r.entity, id: r.id!, fields: result.fields });
    }
    if (errors.length) refuse(row.line, errors);
    else rows.push({ line: row.line, prepared });
  }
  return rows;
}

/**
 * Sorts the records of the accepted rows into those to write, by entity, and those another
 * instance owns that the row only restates (unchanged, never written).
 */
function sortRows(
  store: Store,
  rows: readonly PreparedRow[],
  stored: Stored,
): { items: Items; restated: Map<string, number> } {
  const items: Items = new Map();
  const restated = new Map<string, number>();
  for (const { prepared } of rows) {
    for (const p of prepared) {
      const owner = stored.get(p.entity)?.get(p.id)?.owner;
      if (owner !== undefined && owner !== store.instance) {
        restated.set(p.entity, (restated.get(p.entity) ?? 0) + 1);
        continue;
      }
      const list = items.get(p.entity) ?? [];
      list.push({ id: p.id, fields: p.fields });
      items.set(p.entity, list);
    }
  }
  return { items, restated };
}

/** Writes the sorted records and counts them: the `primary` entity's in the report, others' as related. */
async function writeItems(
  store: Store,
  tx: Tx,
  sorted: { items: Items; restated: Map<string, number>; stored: Stored; primary: string },
  ctx: WriteContext,
  report: ImportReport,
): Promise<void> {
  const { items, restated, stored, primary } = sorted;
  for (const entity of new Set([...items.keys(), ...restated.keys()])) {
    const list = items.get(entity) ?? [];
    const tally = list.length
      ? await store.repo(entity).upsertManyIn(tx, list, ctx, store.instance, {
          validated: true,
          known: stored.get(entity)!,
        })
      : { created: 0, updated: 0, unchanged: 0 };
    tally.unchanged += restated.get(entity) ?? 0;
    const t =
      entity === primary
        ? report
        : (report.related[entity] ??= { created: 0, updated: 0, unchanged: 0 });
    t.created += tally.created;
    t.updated += tally.updated;
    t.unchanged += tally.unchanged;
  }
}

/** The fields to write for one record: the row's over the stored ones, validated; or why not. */
function prepare(
  store: Store,
  record: ImportRecord,
  current: StoredRecord | undefined,
): { fields: Record<string, unknown> } | { errors: ImportIssue[] } {
  const def = store.repo(record.entity).def;
  if (!current && store.instance !== HUB_INSTANCE && !idMintedBy(record.id!, store.instance))
    return {
      errors: [
        {
          path: 'id',
          message: `not an id this instance ("${store.instance}") minted: leave id empty to create the record`,
        },
      ],
    };
  const names = Object.keys(def.schema.shape);
  const merged: Record<string, unknown> = {};
  if (current && !current.deleted)
    for (const f of names) if (current[f] !== undefined) merged[f] = current[f];
  for (const [k, v] of Object.entries(record.fields)) if (v !== undefined) merged[k] = v;
  const parsed = def.schema.safeParse(merged);
  if (!parsed.success)
    return {
      errors: parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.'),
        message: i.message,
      })),
    };
  const fields = parsed.data as Record<string, unknown>;
  if (
    current &&
    current.owner !== store.instance &&
    names.some((f) => !same(current[f], fields[f]))
  )
    return {
      errors: [
        {
          path: '',
          message: `${def.name} ${record.id} belongs to instance "${current.owner}": only it may change the record`,
        },
      ],
    };
  return { fields };
}
