import { parse } from 'csv-parse/sync';
import { ValidationError, type OrganisationType } from '@tessera/core';

/** A mapping rule of `ods-mapping.csv`: ods > postcode_area (scoped `OFFICE:AREA`) > office. */
export interface MappingRule {
  match: 'office' | 'postcode_area' | 'ods';
  value: string;
  ahsn: string;
  geography: string;
  ldp: string;
}

/** An English trust of the ODS file with the networks it belongs to. */
export interface MappedTrust {
  odsCode: string;
  name: string;
  type: OrganisationType;
  postcode?: string;
  localOffice?: string;
  openedOn?: string;
  closedOn?: string;
  /** The organisation that took over when this one closed (see `successions.ts`). */
  successorOdsCode?: string;
  ahsn: string;
  geography: string;
  ldp: string;
}

export interface OdsImportResult {
  trusts: MappedTrust[];
  /** Rows outside England (national grouping W00). */
  skipped: { odsCode: string; reason: string }[];
  /** English rows no rule places: the mapping needs a row for them. */
  unresolved: { odsCode: string; name: string; localOffice: string; postcode: string }[];
}

const SMALL = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at']);
const UPPER = new Set(['NHS', 'UK', 'II', 'CCG', 'CSU']);

/** "KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST" -> "King's College Hospital NHS Foundation Trust". */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w, i) => {
      if (UPPER.has(w.toUpperCase())) return w.toUpperCase();
      if (i > 0 && SMALL.has(w)) return w;
      return w.replace(/^([^a-z]*)([a-z])/, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join('');
}

/** The organisation type a trust's name implies (ODS trust files carry no type). */
export function trustType(name: string): OrganisationType {
  const n = name.toUpperCase();
  if (n.includes('AMBULANCE')) return 'ambulance';
  if (
    /MENTAL HEALTH|PARTNERSHIP|PSYCHIATRIC|TAVISTOCK|CARE NHS|HEALTH AND CARE|PRIORY|BROADMOOR|WELLBEING/.test(
      n,
    ) &&
    !/HOSPITAL/.test(n)
  )
    return 'mental_health';
  if (/COMMUNITY|HEALTHCARE NHS TRUST$|PRIMARY CARE/.test(n) && !/HOSPITAL/.test(n))
    return 'community';
  return 'acute';
}

const isoDate = (yyyymmdd: string | undefined) =>
  yyyymmdd && /^\d{8}$/.test(yyyymmdd)
    ? `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
    : undefined;
const postcodeArea = (postcode: string) => /^[A-Z]{1,2}/.exec(postcode.toUpperCase())?.[0] ?? '';

/** Parses `ods-mapping.csv`. */
export function parseMapping(csv: string): MappingRule[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string
  >[];
  return rows.map((r, i) => {
    if (
      !['office', 'postcode_area', 'ods'].includes(r['match'] ?? '') ||
      !r['value'] ||
      !r['ahsn'] ||
      !r['geography'] ||
      !r['ldp']
    ) {
      throw new ValidationError(`ods-mapping.csv row ${i + 2} is incomplete`, [
        { path: [i + 2], message: 'expected match,value,ahsn,geography,ldp' },
      ]);
    }
    return {
      match: r['match'] as MappingRule['match'],
      value: r['value'],
      ahsn: r['ahsn'],
      geography: r['geography'],
      ldp: r['ldp'],
    };
  });
}

/**
 * Reads an ODS trust file (`etr.csv`, headerless standard layout) and places every English trust
 * in its AHSN, geography and LDP by the mapping rules.
 */
export function mapOdsTrusts(etrCsv: string, rules: MappingRule[]): OdsImportResult {
  const byOds = new Map(rules.filter((r) => r.match === 'ods').map((r) => [r.value, r]));
  const byArea = new Map(rules.filter((r) => r.match === 'postcode_area').map((r) => [r.value, r]));
  const byOffice = new Map(rules.filter((r) => r.match === 'office').map((r) => [r.value, r]));
  const rows = parse(etrCsv, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  const result: OdsImportResult = { trusts: [], skipped: [], unresolved: [] };
  for (const row of rows) {
    const [odsCode = '', rawName = '', grouping = '', office = ''] = row;
    const postcode = (row[9] ?? '').trim();
    if (!/^[A-Z0-9]{3,10}$/.test(odsCode)) continue;
    if (grouping === 'W00' || office === 'Q99') {
      result.skipped.push({ odsCode, reason: 'outside England (Wales)' });
      continue;
    }
    const rule =
      byOds.get(odsCode) ??
      byArea.get(`${office}:${postcodeArea(postcode)}`) ??
      byOffice.get(office);
    if (!rule) {
      result.unresolved.push({ odsCode, name: rawName, localOffice: office, postcode });
      continue;
    }
    const trust: MappedTrust = {
      odsCode,
      name: titleCase(rawName.trim()),
      type: trustType(rawName),
      ahsn: rule.ahsn,
      geography: rule.geography,
      ldp: rule.ldp,
    };
    if (postcode) trust.postcode = postcode;
    if (office) trust.localOffice = office;
    const opened = isoDate(row[10]);
    const closed = isoDate(row[11]);
    if (opened) trust.openedOn = opened;
    if (closed) trust.closedOn = closed;
    result.trusts.push(trust);
  }
  return result;
}
