import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { naturalId } from '@tessera/core';
import type { Store, Tx } from '../store.js';
import { STORE_ROOT } from '../internal/package-root.js';
import type { WriteContext } from '../repository/write-context.js';
import {
  AHSNS,
  ANNEX_H,
  BOARDS,
  GEOGRAPHIES,
  LDPS,
  NATIONAL_BODIES,
  NATIONAL_PROGRAMMES,
  PRIORITY_AREAS,
  REGIONS,
  SAVINGS_TARGETS,
} from './reference-data.js';
import { mapOdsTrusts, parseMapping, type OdsImportResult } from './ods-import.js';

/** The instance id that owns national reference data. */
export const HUB_INSTANCE = 'hub';

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
  return mapOdsTrusts(
    readFileSync(join(dir, 'etr.csv'), 'utf8'),
    parseMapping(readFileSync(join(dir, 'ods-mapping.csv'), 'utf8')),
  );
}

/** Deterministic network keys: unique across network types. */
export const networkKey = {
  ahsn: (k: string) => `ahsn-${k}`,
  coalition: (ahsn: string) => `coalition-${ahsn}`,
  senate: (geo: string) => `senate-${geo}`,
  clinicalNetwork: (geo: string, area: string) => `cn-${geo}-${area.replace(/_/g, '-')}`,
  ldp: (k: string) => `ldp-${k}`,
};
/** Region keys are prefixed: 'london' is both a region and a senate geography. */
export const regionKey = (k: string) => `region-${k}`;
const nid = (key: string) => naturalId('network', key);
const gid = (key: string) => naturalId('geography', key);
const bid = (key: string) => naturalId('national-body', key);

/**
 * Seeds England: every reference fact of DESIGN.md and the NHS trusts of the shipped ODS file with
 * their memberships. Idempotent (a second run changes nothing) and deterministic (the same ids on
 * every instance, all owned by the hub). One transaction: all or nothing.
 */
export async function seedEngland(store: Store): Promise<SeedReport> {
  const ods = loadShippedOds();
  const recommendations = JSON.parse(
    readFileSync(join(dataDir(), 'recommendations.json'), 'utf8'),
  ) as {
    number: number;
    paragraph: string;
    title: string;
    text: string;
    points: { label?: string; text: string; level: number }[];
  }[];
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
    const put = async (entity: string, id: string, fields: Record<string, unknown>) => {
      let list = pending.get(entity);
      if (!list) pending.set(entity, (list = []));
      list.push({ id, fields });
    };

    await put('geography', gid('england'), { key: 'england', name: 'England', kind: 'country' });
    for (const r of REGIONS)
      await put('geography', gid(regionKey(r.key)), {
        key: regionKey(r.key),
        name: r.name,
        kind: 'region',
        parentId: gid('england'),
      });
    for (const g of GEOGRAPHIES)
      await put('geography', gid(g.key), {
        key: g.key,
        name: g.name,
        kind: 'senate_geography',
        parentId: gid(regionKey(g.region)),
      });

    for (const a of AHSNS) {
      await put('network', nid(networkKey.ahsn(a.key)), {
        key: networkKey.ahsn(a.key),
        name: a.name,
        type: 'ahsn',
      });
      await put('network', nid(networkKey.coalition(a.key)), {
        key: networkKey.coalition(a.key),
        name: `${a.name} local improvement coalition`,
        type: 'improvement_coalition',
        ahsnId: nid(networkKey.ahsn(a.key)),
      });
    }
    for (const g of GEOGRAPHIES) {
      await put('network', nid(networkKey.senate(g.key)), {
        key: networkKey.senate(g.key),
        name: `${g.name} Clinical Senate`,
        type: 'senate',
        geographyId: gid(g.key),
      });
      for (const p of PRIORITY_AREAS) {
        await put('network', nid(networkKey.clinicalNetwork(g.key, p.key)), {
          key: networkKey.clinicalNetwork(g.key, p.key),
          name: `${g.name} ${p.name} Clinical Network`,
          type: 'clinical_network',
          geographyId: gid(g.key),
          priorityArea: p.key,
        });
      }
    }
    for (const l of LDPS)
      await put('network', nid(networkKey.ldp(l.key)), {
        key: networkKey.ldp(l.key),
        name: `${l.name} Local Delivery Partner`,
        type: 'ldp',
      });

    // Rec 1: the two national strategies, developed in parallel and aligned. Seeded as drafts for
    // the national team to fill with priorities.
    await put(
      'national-strategy',
      naturalId('national-strategy', 'national-improvement-strategy'),
      {
        key: 'national-improvement-strategy',
        kind: 'improvement',
        title: 'National improvement strategy',
        status: 'draft',
      },
    );
    await put('national-strategy', naturalId('national-strategy', 'national-leadership-strategy'), {
      key: 'national-leadership-strategy',
      kind: 'leadership',
      title: 'National leadership development strategy (including talent management)',
      status: 'draft',
    });
    for (const b of NATIONAL_BODIES)
      await put('national-body', bid(b.key), {
        key: b.key,
        name: b.name,
        shortName: b.shortName,
        kind: b.kind,
      });
    for (const b of BOARDS)
      await put('governing-board', naturalId('governing-board', b.key), {
        key: b.key,
        name: b.name,
        kind: b.kind,
        ...(b.chair ? { chairBodyId: bid(b.chair) } : {}),
      });
    for (const r of recommendations)
      await put('recommendation', naturalId('recommendation', r.number), {
        number: r.number,
        title: r.title,
        text: r.text,
        points: r.points,
        paragraph: r.paragraph,
        status: 'not_started',
        evidence: [],
      });

    // Lines of accountability the review sets out (rec 11, rec 12, rec 14.i, annex G).
    const line = (
      fromKind: string,
      fromId: string,
      toKind: string,
      toId: string,
      nature: string,
      reference: string,
    ) =>
      put('accountability-line', naturalId('accountability-line', fromId, toId, nature), {
        fromKind,
        fromId,
        toKind,
        toId,
        nature,
        reference,
      });
    await line(
      'national_body',
      bid('nhs-leadership-academy'),
      'governing_board',
      naturalId('governing-board', 'leadership-board'),
      'governed_by',
      'rec 14.i',
    );
    await line(
      'governing_board',
      naturalId('governing-board', 'leadership-board'),
      'national_body',
      bid('hee'),
      'accounts_to',
      'rec 12',
    );
    for (const a of AHSNS)
      await line(
        'network',
        nid(networkKey.ahsn(a.key)),
        'national_body',
        bid('nhs-england'),
        'accounts_to',
        'rec 11',
      );
    for (const g of GEOGRAPHIES)
      await line(
        'network',
        nid(networkKey.senate(g.key)),
        'national_body',
        bid('nhs-england'),
        'hosted_by',
        'rec 11',
      );
    for (const l of LDPS)
      await line(
        'network',
        nid(networkKey.ldp(l.key)),
        'national_body',
        bid('nhs-leadership-academy'),
        'accounts_to',
        'rec 14.ii',
      );

    for (const a of ANNEX_H) {
      const w = a as { wtePlanned1415?: number; wteActual1415?: number; wtePlanned1516?: number };
      await put(
        'finance-allocation',
        naturalId('finance-allocation', a.bodyKey, a.category, '2014/15'),
        {
          bodyKey: a.bodyKey,
          bodyName: a.bodyName,
          year: '2014/15',
          category: a.category,
          amountGbpThousands: a.y1415,
          ...(w.wtePlanned1415 !== undefined
            ? { wtePlanned: w.wtePlanned1415, wteActual: w.wteActual1415 }
            : {}),
          source: 'annex H',
        },
      );
      await put(
        'finance-allocation',
        naturalId('finance-allocation', a.bodyKey, a.category, '2015/16'),
        {
          bodyKey: a.bodyKey,
          bodyName: a.bodyName,
          year: '2015/16',
          category: a.category,
          amountGbpThousands: a.y1516,
          ...(w.wtePlanned1516 !== undefined ? { wtePlanned: w.wtePlanned1516 } : {}),
          source: 'annex H',
        },
      );
    }
    for (const s of SAVINGS_TARGETS)
      await put('savings-target', naturalId('savings-target', s.key), {
        scope: s.scope,
        bodyKeys: [...s.bodyKeys],
        baselineYear: '2014/15',
        targetYear: '2015/16',
        ...('minimumPercent' in s ? { minimumPercent: s.minimumPercent } : {}),
        ...('amountGbpThousands' in s ? { amountGbpThousands: s.amountGbpThousands } : {}),
        reference: s.reference,
      });

    // The national programme catalogue of 2015 (commissioned nationally by the Leadership Academy).
    for (const p of NATIONAL_PROGRAMMES) {
      await put('programme', naturalId('programme', p.key), {
        name: p.name,
        level: p.level,
        professions: [],
        commissionedBy: 'NHS Leadership Academy',
        description: `${p.name}: national leadership programme (level: ${p.level.replace('_', ' ')}), commissioned nationally and delivered locally by the LDPs.`,
      });
    }

    // The prospectus: what each network offers (annex F 13). LDPs offer the national programmes.
    for (const a of AHSNS) {
      await put('offer', naturalId('offer', networkKey.ahsn(a.key), 'local-access'), {
        networkId: nid(networkKey.ahsn(a.key)),
        title: 'Improvement advice and support: your single point of local access',
        kind: 'support',
        description: `${a.name} co-ordinates local improvement support for commissioners and providers in its footprint (rec 7).`,
        audience: [],
      });
    }
    for (const l of LDPS) {
      for (const p of NATIONAL_PROGRAMMES) {
        await put('offer', naturalId('offer', networkKey.ldp(l.key), p.key), {
          networkId: nid(networkKey.ldp(l.key)),
          title: p.name,
          kind: 'programme',
          description: `NHS Leadership Academy ${p.name} (level: ${p.level.replace('_', ' ')}), delivered locally by the ${l.name} LDP.`,
          audience: [],
        });
      }
    }

    for (const t of ods.trusts) {
      const orgId = naturalId('organisation', t.odsCode);
      const { ahsn, geography, ldp, ...fields } = t;
      await put('organisation', orgId, { ...fields, geographyId: gid(geography) });
      const member = (networkKeyValue: string, tier: 'core' | 'associate') =>
        put('membership', naturalId('membership', t.odsCode, networkKeyValue), {
          organisationId: orgId,
          networkId: nid(networkKeyValue),
          tier,
          ...(t.openedOn ? { since: t.openedOn } : {}),
          ...(t.closedOn ? { until: t.closedOn } : {}),
        });
      await member(networkKey.ahsn(ahsn), 'core');
      await member(networkKey.coalition(ahsn), 'core');
      await member(networkKey.ldp(ldp), 'core');
      await member(networkKey.senate(geography), 'core');
      for (const p of PRIORITY_AREAS)
        await member(networkKey.clinicalNetwork(geography, p.key), 'associate');
    }

    for (const def of store.entities) {
      const items = pending.get(def.name);
      if (!items) continue;
      const tally = await store.repo(def.name).upsertManyIn(tx, items, ctx, HUB_INSTANCE);
      report.byEntity[def.name] = tally;
      report.created += tally.created;
      report.updated += tally.updated;
      report.unchanged += tally.unchanged;
    }
  });
  return report;
}
