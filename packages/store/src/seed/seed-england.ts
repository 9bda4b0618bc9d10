import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { naturalId } from '@tessera/core';
import type { Store, Tx } from '../store.js';
import { STORE_ROOT } from '../internal/package-root.js';
import type { WriteContext } from '../repository/write-context.js';
import {
  AHSNS,
  GEOGRAPHIES,
  LDPS,
  NATIONAL_PROGRAMMES,
  PRIORITY_AREAS,
  REGIONS,
} from './reference-data.js';
import { gid, networkKey, nid, regionKey, type Put, type Retire } from './seed-keys.js';
import { putGovernance } from './seed-governance.js';
import { applySuccessions, dayBefore } from './successions.js';
import { mapOdsTrusts, parseMapping, type OdsImportResult } from './ods-import.js';

/** The instance id that owns national reference data. */
export { HUB_INSTANCE } from '../hub-instance.js';
import { HUB_INSTANCE } from '../hub-instance.js';

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  byEntity: Record<string, { created: number; updated: number; unchanged: number }>;
  ods: { trusts: number; skipped: number; unresolved: OdsImportResult['unresolved'] };
}

function dataDir(): string {
  for (const d of [join(STORE_ROOT, 'dist/data'), join(STORE_ROOT, 'src/seed/data')])
    if (existsSync(join(d, 'etr.csv'))) return d;
  throw new Error('The England seed data (etr.csv, ods-mapping.csv) is missing from the package');
}

/** Reads the shipped ODS trust file and mapping, and places every English trust. */
export function loadShippedOds(): OdsImportResult {
  const dir = dataDir();
  const result = mapOdsTrusts(
    readFileSync(join(dir, 'etr.csv'), 'utf8'),
    parseMapping(readFileSync(join(dir, 'ods-mapping.csv'), 'utf8')),
  );
  return { ...result, trusts: applySuccessions(result.trusts) };
}

/** The shipped ODS mapping rules (`ods-mapping.csv`), for placing imported organisations. */
export function loadShippedMapping() {
  return parseMapping(readFileSync(join(dataDir(), 'ods-mapping.csv'), 'utf8'));
}

export { networkKey, regionKey };

/** England, its four NHS England regions and the 12 senate geographies. */
function putGeographies(put: Put): void {
  put('geography', gid('england'), { key: 'england', name: 'England', kind: 'country' });
  for (const r of REGIONS)
    put('geography', gid(regionKey(r.key)), {
      key: regionKey(r.key),
      name: r.name,
      kind: 'region',
      parentId: gid('england'),
    });
  for (const g of GEOGRAPHIES)
    put('geography', gid(g.key), {
      key: g.key,
      name: g.name,
      kind: 'senate_geography',
      parentId: gid(regionKey(g.region)),
    });
}

/** The AHSNs with their improvement coalitions, senates and clinical networks, and the LDPs. */
function putNetworks(put: Put): void {
  for (const a of AHSNS) {
    put('network', nid(networkKey.ahsn(a.key)), {
      key: networkKey.ahsn(a.key),
      name: a.name,
      type: 'ahsn',
    });
    put('network', nid(networkKey.coalition(a.key)), {
      key: networkKey.coalition(a.key),
      name: `${a.name} local improvement coalition`,
      type: 'improvement_coalition',
      ahsnId: nid(networkKey.ahsn(a.key)),
    });
  }
  for (const g of GEOGRAPHIES) {
    put('network', nid(networkKey.senate(g.key)), {
      key: networkKey.senate(g.key),
      name: `${g.name} Clinical Senate`,
      type: 'senate',
      geographyId: gid(g.key),
    });
    for (const p of PRIORITY_AREAS) {
      put('network', nid(networkKey.clinicalNetwork(g.key, p.key)), {
        key: networkKey.clinicalNetwork(g.key, p.key),
        name: `${g.name} ${p.name} Clinical Network`,
        type: 'clinical_network',
        geographyId: gid(g.key),
        priorityArea: p.key,
      });
    }
  }
  for (const l of LDPS)
    put('network', nid(networkKey.ldp(l.key)), {
      key: networkKey.ldp(l.key),
      name: `${l.name} Local Delivery Partner`,
      type: 'ldp',
    });
}

/** Rec 1: the two national strategies, developed in parallel and aligned. */
function putNationalStrategies(put: Put): void {
  // seeded as drafts for the national team to fill with priorities
  put('national-strategy', naturalId('national-strategy', 'national-improvement-strategy'), {
    key: 'national-improvement-strategy',
    kind: 'improvement',
    title: 'National improvement strategy',
    status: 'draft',
  });
  put('national-strategy', naturalId('national-strategy', 'national-leadership-strategy'), {
    key: 'national-leadership-strategy',
    kind: 'leadership',
    title: 'National leadership development strategy (including talent management)',
    status: 'draft',
  });
}

/** The 2015 programme catalogue and the prospectus of offers (annex F 13). */
function putProgrammesAndOffers(put: Put, retire: Retire): void {
  // The national programme catalogue of 2015 (commissioned nationally by the Leadership Academy).
  const runNationally = (p: (typeof NATIONAL_PROGRAMMES)[number]) => 'national' in p;
  for (const p of NATIONAL_PROGRAMMES) {
    const level = p.level.replace('_', ' ');
    put('programme', naturalId('programme', p.key), {
      name: p.name,
      level: p.level,
      professions: [],
      commissionedBy: 'NHS Leadership Academy',
      description: runNationally(p)
        ? `${p.name}: national leadership programme (level: ${level}), run nationally by the NHS Leadership Academy ("The graduate management training schemes will remain with the Leadership Academy", rec 12.ii).`
        : `${p.name}: national leadership programme (level: ${level}), commissioned nationally and delivered locally by the LDPs.`,
    });
  }

  // The prospectus: what each network offers (annex F 13). LDPs offer the national programmes
  // delivered locally; the Graduate Management Training Scheme is not theirs to offer (rec 12.ii).
  for (const a of AHSNS) {
    put('offer', naturalId('offer', networkKey.ahsn(a.key), 'local-access'), {
      networkId: nid(networkKey.ahsn(a.key)),
      title: 'Improvement advice and support: your single point of local access',
      kind: 'support',
      description: `${a.name} co-ordinates local improvement support for commissioners and providers in its footprint (rec 7).`,
      audience: [],
    });
  }
  for (const l of LDPS) {
    for (const p of NATIONAL_PROGRAMMES) {
      if (runNationally(p)) {
        retire('offer', naturalId('offer', networkKey.ldp(l.key), p.key));
        continue;
      }
      put('offer', naturalId('offer', networkKey.ldp(l.key), p.key), {
        networkId: nid(networkKey.ldp(l.key)),
        title: p.name,
        kind: 'programme',
        description: `NHS Leadership Academy ${p.name} (level: ${p.level.replace('_', ' ')}), delivered locally by the ${l.name} LDP.`,
        audience: [],
      });
    }
  }
}

/** The NHS trusts of the ODS file, each with its memberships of the networks of its place. */
function putTrusts(put: Put, trusts: ReturnType<typeof loadShippedOds>['trusts']): void {
  for (const t of trusts) {
    const orgId = naturalId('organisation', t.odsCode);
    const { ahsn, geography, ldp, successorOdsCode, ...fields } = t;
    put('organisation', orgId, {
      ...fields,
      geographyId: gid(geography),
      ...(successorOdsCode ? { successorId: naturalId('organisation', successorOdsCode) } : {}),
    });
    const member = (networkKeyValue: string, tier: 'core' | 'associate') =>
      put('membership', naturalId('membership', t.odsCode, networkKeyValue), {
        organisationId: orgId,
        networkId: nid(networkKeyValue),
        tier,
        ...(t.openedOn ? { since: t.openedOn } : {}),
        ...(t.closedOn ? { until: dayBefore(t.closedOn) } : {}),
      });
    member(networkKey.ahsn(ahsn), 'core');
    member(networkKey.coalition(ahsn), 'core');
    member(networkKey.ldp(ldp), 'core');
    member(networkKey.senate(geography), 'core');
    for (const p of PRIORITY_AREAS)
      member(networkKey.clinicalNetwork(geography, p.key), 'associate');
  }
}

/**
 * Seeds England: every reference fact of DESIGN.md and the NHS trusts of the shipped ODS file with
 * their memberships. Idempotent (a second run changes nothing) and deterministic (the same ids on
 * every instance, all owned by the hub). One transaction: all or nothing. With `trusts: false`, the
 * structure only (what a region that has pulled the hub's reference data but no directory holds).
 */
export async function seedEngland(
  store: Store,
  options: { trusts?: boolean } = {},
): Promise<SeedReport> {
  const ods =
    options.trusts === false ? { trusts: [], skipped: [], unresolved: [] } : loadShippedOds();
  const ctx: WriteContext = {
    actor: 'seed:england',
    actorRole: 'admin',
    now: new Date().toISOString(),
  };
  const report: SeedReport = {
    created: 0,
    updated: 0,
    unchanged: 0,
    byEntity: {},
    ods: { trusts: ods.trusts.length, skipped: ods.skipped.length, unresolved: ods.unresolved },
  };

  await store.write(async (tx: Tx) => {
    // Collect every fact, then write each entity in bulk (in catalogue order, referenced entities first).
    const pending = new Map<string, { id: string; fields: unknown }[]>();
    const retired: { entity: string; id: string }[] = [];
    const put: Put = (entity, id, fields) => {
      let list = pending.get(entity);
      if (!list) pending.set(entity, (list = []));
      list.push({ id, fields });
    };
    const retire: Retire = (entity, id) => retired.push({ entity, id });

    putGeographies(put);
    putNetworks(put);
    putNationalStrategies(put);
    putGovernance(put, retire, dataDir());

    putProgrammesAndOffers(put, retire);
    putTrusts(put, ods.trusts);

    for (const def of store.entities) {
      const items = pending.get(def.name);
      if (!items) continue;
      const tally = await store.repo(def.name).upsertManyIn(tx, items, ctx, HUB_INSTANCE);
      report.byEntity[def.name] = tally;
      report.created += tally.created;
      report.updated += tally.updated;
      report.unchanged += tally.unchanged;
    }
    for (const r of retired) await store.repo(r.entity).retireIn(tx, r.id, ctx);
  });
  return report;
}
