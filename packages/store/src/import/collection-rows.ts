import type { Readable } from 'node:stream';
import { ValidationError, newId, type EntityDefinition } from '@tessera/core';
import { columnShapeOf } from '../schema/zod-column.js';
import type { ImportIssue, ImportRow } from './import-records.js';
import { csvRecords } from './csv-records.js';

/** Collections `tessera import <collection>` takes by default (regional data a region loads). */
export const IMPORTABLE_COLLECTIONS = [
  'memberships',
  'capability-assessments',
  'participants',
  'measure-values',
] as const;

/** A CSV cell as the field's value: numbers, booleans and JSON (arrays, objects) from their text. */
function cellValue(def: EntityDefinition, field: string, text: string): unknown {
  if (text === '') return undefined;
  switch (columnShapeOf(def.schema.shape[field] as never).kind) {
    case 'integer':
    case 'real': {
      const n = Number(text);
      return text.trim() === '' || !Number.isFinite(n) ? text : n;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    default:
      return text;
  }
}

/** Envelope columns an export writes: `id` is kept, the others are the importing instance's to set. */
const ENVELOPE = ['id', 'owner', 'version', 'deleted', 'createdAt', 'updatedAt'];

/** Checks a header against the entity's fields: every column a field (or the envelope), none read-only. */
export function checkHeader(def: EntityDefinition, header: readonly string[]): void {
  const fields = Object.keys(def.schema.shape);
  const issues = header.flatMap((h) =>
    ENVELOPE.includes(h)
      ? []
      : !fields.includes(h)
        ? [{ path: ['header', h], message: `not a field of ${def.name}` }]
        : def.readOnly.includes(h)
          ? [{ path: ['header', h], message: 'read-only: set by its workflow' }]
          : [],
  );
  const dup = header.filter((h, i) => header.indexOf(h) !== i);
  for (const h of dup) issues.push({ path: ['header', h], message: 'named twice' });
  if (issues.length)
    throw new ValidationError(
      `The header of a ${def.collection} CSV names fields of ${def.name}: ${fields.join(', ')} (and id)`,
      issues,
    );
}

/**
 * Reads a CSV whose header names the entity's fields (and optionally `id`, which makes a second
 * import of the same file change nothing), streaming, and yields one record per row.
 */
export async function* collectionRows(
  input: Readable,
  def: EntityDefinition,
): AsyncGenerator<ImportRow> {
  let header: string[] | undefined;
  for await (const { row, line } of csvRecords(input, { relaxColumnCount: true })) {
    if (!header) {
      header = row.map((c) => c.trim());
      checkHeader(def, header);
      continue;
    }
    if (row.length !== header.length) {
      yield {
        line,
        errors: [
          { path: '', message: `${row.length} cells where the header has ${header.length}` },
        ],
      };
      continue;
    }
    const fields: Record<string, unknown> = {};
    let id: string | undefined;
    const errors: ImportIssue[] = [];
    header.forEach((h, i) => {
      const text = row[i] ?? '';
      if (h === 'id') {
        if (text !== '' && !/^[A-Za-z0-9-]{1,64}$/.test(text))
          errors.push({ path: 'id', message: 'expected a record id' });
        id = text || undefined;
      } else if (!ENVELOPE.includes(h)) fields[h] = cellValue(def, h, text);
    });
    yield errors.length
      ? { line, errors }
      : { line, records: [{ entity: def.name, id: id ?? newId(), fields }] };
  }
}
