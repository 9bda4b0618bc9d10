import type { Readable } from 'node:stream';
import { isIsoDate, ValidationError, type OrganisationType } from '@tessera/core';
import type { MappingRule } from '../seed/ods-import.js';
import { titleCase, trustType } from '../seed/ods-import.js';
import { gid, networkKey, nid } from '../seed/seed-keys.js';
import { dayBefore } from '../seed/successions.js';
import type { ImportIssue, ImportRecord, ImportRow } from './import-records.js';
import { csvRecords } from './csv-records.js';
import { OWN_ID } from './resolve-ids.js';

/** The columns a CSV of organisations may have (its header; `odsCode` and `name` are required). */
export const ORGANISATION_COLUMNS = [
  'odsCode',
  'name',
  'type',
  'postcode',
  'localOffice',
  'openedOn',
  'closedOn',
] as const;

/** A placement of the mapping: ods > postcode area within the local office > local office. */
export class Placement {
  readonly #ods: Map<string, MappingRule>;
  readonly #area: Map<string, MappingRule>;
  readonly #office: Map<string, MappingRule>;
  constructor(rules: readonly MappingRule[]) {
    const by = (m: MappingRule['match']) =>
      new Map(rules.filter((r) => r.match === m).map((r) => [r.value, r]));
    this.#ods = by('ods');
    this.#area = by('postcode_area');
    this.#office = by('office');
  }
  /** The rule that places an organisation, or undefined when none does. */
  of(odsCode: string, localOffice = '', postcode = ''): MappingRule | undefined {
    const area = /^[A-Z]{1,2}/.exec(postcode.toUpperCase())?.[0] ?? '';
    return (
      this.#ods.get(odsCode) ??
      this.#area.get(`${localOffice}:${area}`) ??
      this.#office.get(localOffice)
    );
  }
}

/** The type an ODS name implies: CCGs, CSUs, local authorities, trusts (ODS files carry no type). */
export function organisationType(name: string): OrganisationType {
  const n = name.toUpperCase();
  if (/CLINICAL COMMISSIONING GROUP|\bCCG\b/.test(n)) return 'commissioner';
  if (/COMMISSIONING SUPPORT/.test(n)) return 'csu';
  if (/\bCOUNCIL\b|BOROUGH OF|COUNTY OF|CITY OF .* COUNCIL/.test(n)) return 'local_authority';
  if (/HEALTHWATCH/.test(n)) return 'healthwatch';
  if (/\bCLAHRC\b|COLLABORATION FOR LEADERSHIP IN APPLIED/.test(n)) return 'clahrc';
  if (/UNIVERSITY(?!.*(TRUST|HOSPITAL))/.test(n)) return 'university';
  if (/TRUST\b/.test(n)) return trustType(name);
  return 'other';
}

const odsDate = (raw: string | undefined) => {
  const v = (raw ?? '').trim();
  if (/^\d{8}$/.test(v)) return `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  return v === '' ? undefined : v;
};
const blank = (v: string | undefined) =>
  v === undefined || v.trim() === '' ? undefined : v.trim();

interface RawOrganisation {
  odsCode: string;
  name: string;
  type?: string;
  postcode?: string;
  localOffice?: string;
  openedOn?: string;
  closedOn?: string;
  wales?: boolean;
}

/** The records an organisation row becomes: itself, placed, with its AHSN and LDP memberships. */
export function organisationRecords(
  raw: RawOrganisation,
  placement: Placement,
): ImportRow['records'] {
  const code = raw.odsCode.toUpperCase();
  const rule = placement.of(code, raw.localOffice, raw.postcode);
  const fields: Record<string, unknown> = {
    odsCode: code,
    name: raw.name,
    type: raw.type ?? organisationType(raw.name),
    postcode: raw.postcode,
    localOffice: raw.localOffice,
    openedOn: raw.openedOn,
    closedOn: raw.closedOn,
    geographyId: rule ? gid(rule.geography) : undefined,
  };
  const records: ImportRecord[] = [{ entity: 'organisation', match: { odsCode: code }, fields }];
  if (!rule) return records;
  // a closedOn that is not a real date gets no `until`: the organisation's own schema reports it
  const until = raw.closedOn && isIsoDate(raw.closedOn) ? dayBefore(raw.closedOn) : undefined;
  for (const key of [networkKey.ahsn(rule.ahsn), networkKey.ldp(rule.ldp)])
    records.push({
      entity: 'membership',
      match: { organisationId: OWN_ID, networkId: nid(key) },
      fields: {
        organisationId: OWN_ID,
        networkId: nid(key),
        tier: 'core',
        since: raw.openedOn,
        until,
      },
    });
  return records;
}

/** A row of an ODS file in its standard headerless layout (see the ODS README: 1-based columns). */
function fromOds(row: string[]): RawOrganisation {
  return {
    odsCode: (row[0] ?? '').trim(),
    name: titleCase((row[1] ?? '').trim()),
    localOffice: blank(row[3]),
    postcode: blank(row[9]),
    openedOn: odsDate(row[10]),
    closedOn: odsDate(row[11]),
    wales: row[2] === 'W00' || row[3] === 'Q99',
  };
}

function fromCsv(header: readonly string[], row: string[]): RawOrganisation {
  const o: Record<string, string | undefined> = {};
  header.forEach((h, i) => {
    o[h] = blank(row[i]);
  });
  return {
    odsCode: o['odsCode'] ?? '',
    name: o['name'] ?? '',
    ...(o['type'] ? { type: o['type'] } : {}),
    ...(o['postcode'] ? { postcode: o['postcode'] } : {}),
    ...(o['localOffice'] ? { localOffice: o['localOffice'] } : {}),
    ...(o['openedOn'] ? { openedOn: odsDate(o['openedOn']) } : {}),
    ...(o['closedOn'] ? { closedOn: odsDate(o['closedOn']) } : {}),
  } as RawOrganisation;
}

/** A header row names columns; an ODS row starts with a code. */
function headerOf(first: string[]): string[] | undefined {
  const cells = first.map((c) => c.trim());
  if (!cells.some((c) => c === 'odsCode' || c === 'name')) return undefined;
  const unknown = cells.filter((c) => !(ORGANISATION_COLUMNS as readonly string[]).includes(c));
  const missing = ['odsCode', 'name'].filter((c) => !cells.includes(c));
  if (unknown.length || missing.length)
    throw new ValidationError(
      `The header of an organisations CSV names its columns from: ${ORGANISATION_COLUMNS.join(', ')} (odsCode and name required)`,
      [
        ...unknown.map((c) => ({ path: ['header', c], message: 'unknown column' })),
        ...missing.map((c) => ({ path: ['header', c], message: 'required column' })),
      ],
    );
  return cells;
}

/**
 * Reads organisations from an ODS file (headerless standard layout: etr, eccg, ...) or a CSV with
 * a header, streaming, and yields each row's records placed by the mapping. Welsh rows are skipped.
 */
export async function* organisationRows(
  input: Readable,
  placement: Placement,
): AsyncGenerator<ImportRow> {
  let header: string[] | undefined;
  let first = true;
  for await (const { row, line } of csvRecords(input, { relaxColumnCount: true })) {
    if (first) {
      first = false;
      header = headerOf(row);
      if (header) continue;
    }
    const raw = header ? fromCsv(header, row) : fromOds(row);
    if (raw.wales) {
      yield { line, skipped: `${raw.odsCode}: outside England (Wales)` };
      continue;
    }
    const errors: ImportIssue[] = [];
    if (!/^[A-Za-z0-9]{3,10}$/.test(raw.odsCode))
      errors.push({ path: 'odsCode', message: 'expected an ODS code like RJZ' });
    if (!raw.name) errors.push({ path: 'name', message: 'required' });
    yield errors.length ? { line, errors } : { line, records: organisationRecords(raw, placement) };
  }
}
