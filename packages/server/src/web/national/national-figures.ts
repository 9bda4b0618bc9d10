import type { NationalData } from './national-data.js';

/** One figure's rows, as a table and a CSV download. */
export interface FigureRows {
  title: string;
  header: string[];
  rows: (string | number | null)[][];
}

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? null : Math.round(x * 1000) / 10;
const words = (s: string) => s.replaceAll('_', ' ');

/** The AHSN each region's organisations mostly belong to, for grouping AHSNs by region. */
export function regionOfAhsn(d: NationalData): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const o of d.rollup.organisations) {
    if (!o.ahsnId || !o.regionId) continue;
    const v = votes.get(o.ahsnId) ?? new Map<string, number>();
    v.set(o.regionId, (v.get(o.regionId) ?? 0) + 1);
    votes.set(o.ahsnId, v);
  }
  const regionName = new Map(d.rollup.regions.map((r) => [r.regionId, r.name]));
  const out = new Map<string, string>();
  for (const [ahsn, v] of votes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) out.set(ahsn, regionName.get(best[0]) ?? 'unknown');
  }
  return out;
}

/** Every figure of the national picture by key: the rows behind it. */
export const FIGURES: Record<string, (d: NationalData) => FigureRows> = {
  regions: (d) => {
    const compliance = new Map(d.compliance.byRegion.map((r) => [r.regionId, r]));
    return {
      title: 'England by region',
      header: [
        'Region',
        'Organisations',
        'Assessed capability',
        'Capability coverage %',
        'With a current strategy',
        'Strategy compliance %',
      ],
      rows: d.rollup.regions.map((r) => [
        r.name,
        r.organisations,
        r.assessed,
        pct(r.coverage),
        compliance.get(r.regionId)?.compliant ?? 0,
        pct(compliance.get(r.regionId)?.share),
      ]),
    };
  },
  ahsns: (d) => {
    const compliance = new Map((d.compliance.byNetwork.ahsn ?? []).map((n) => [n.networkId, n]));
    const region = regionOfAhsn(d);
    return {
      title: 'England by AHSN',
      header: ['AHSN', 'Region', 'Organisations', 'Capability coverage %', 'Strategy compliance %'],
      rows: d.rollup.ahsns
        .filter((a) => a.ahsnId)
        .map((a) => [
          a.name,
          region.get(a.ahsnId!) ?? '',
          a.organisations,
          pct(a.coverage),
          pct(compliance.get(a.ahsnId!)?.share),
        ]),
    };
  },
  ldps: (d) => ({
    title: 'Local Delivery Partners of the NHS Leadership Academy',
    header: ['LDP', 'Organisations', 'With a current strategy', 'Strategy compliance %'],
    rows: (d.compliance.byNetwork.ldp ?? []).map((n) => [
      n.name,
      n.organisations,
      n.compliant,
      pct(n.share),
    ]),
  }),
  'strategy-coverage': (d) => ({
    title: 'Coverage of the national priorities',
    header: ['National strategy', 'Priorities', 'Addressed', 'Not addressed by anyone'],
    rows: d.coverage.strategies.map((s) => [
      s.title,
      s.total,
      s.covered,
      s.gaps.map((g) => `${g.code} ${g.title}`).join('; '),
    ]),
  }),
  capability: (d) => ({
    title: 'Front-line staff at practitioner level, by AHSN',
    header: ['AHSN', 'Trained', 'Staff', 'Share %', 'Against the funnel'],
    rows: d.funnel.units.map((u) => [
      u.name,
      u.numerator,
      u.denominator,
      pct(u.proportion),
      u.flag,
    ]),
  }),
  assurance: (d) => {
    const periods = [...new Set(d.returns.map((r) => String(r['period'])))].sort().reverse();
    const statuses = ['draft', 'submitted', 'reviewed', 'signed_off'];
    return {
      title: 'Assurance returns by quarter',
      header: ['Quarter', ...statuses.map(words), 'Red', 'Amber', 'Green'],
      rows: periods.map((p) => {
        const of = d.returns.filter((r) => r['period'] === p);
        return [
          p,
          ...statuses.map((s) => of.filter((r) => r['status'] === s).length),
          ...['red', 'amber', 'green'].map((g) => of.filter((r) => r['overallRag'] === g).length),
        ];
      }),
    };
  },
  savings: (d) => ({
    title: 'Savings against targets (annex H, GBP thousands)',
    header: [
      'Target',
      'Baseline year',
      'Baseline',
      'Target year',
      'Spend',
      'Saving',
      'Saving %',
      'Required %',
      'Required',
      'Met',
    ],
    rows: d.savings.map((s) => [
      s.scope,
      s.baselineYear,
      s.baselineGbpThousands,
      s.targetYear,
      s.targetYearGbpThousands,
      s.savingGbpThousands,
      Math.round(s.savingPercent * 10) / 10,
      s.requiredPercent,
      s.requiredGbpThousands,
      s.met === null ? 'not yet known' : s.met ? 'yes' : 'no',
    ]),
  }),
  succession: (d) => ({
    title: 'Succession risk of the top posts',
    header: ['Post', 'Organisation', 'Risk', 'Why', 'Successors', 'Ready now'],
    rows: d.succession.nationalRiskList.map((p) => [
      p.title,
      d.organisations.get(p.organisationId) ?? p.organisationId,
      p.level,
      p.flags.map(words).join(', '),
      p.successors,
      p.readyNow,
    ]),
  }),
  diversity: (d) => {
    const t = d.diversity.table;
    const cell = (p: { value: number } | { suppressed: true } | undefined) =>
      p && 'value' in p ? p.value : '*';
    const ldp = new Map(d.networks.map((n) => [n.id, String(n['name'])]));
    return {
      title: 'Ethnicity of programme participants by LDP (suppressed: * is fewer than 10)',
      header: ['LDP', ...t.categories.map(words), 'Total'],
      rows: t.groups.map((g, i) => [
        ldp.get(g) ?? g,
        ...t.categories.map((_, j) => cell(t.cells[i]?.[j])),
        cell(t.rowTotals[i]),
      ]),
    };
  },
  interventions: (d) => ({
    title: 'Organisations receiving repeated intervention',
    header: ['Organisation', 'Interventions in the window', 'Bodies', 'Kinds', 'First', 'Last'],
    rows: d.interventions.repeated.map((r) => [
      d.organisations.get(r.organisationId) ?? r.organisationId,
      r.count,
      r.bodies.map(words).join(', '),
      r.kinds.map(words).join(', '),
      r.firstStart,
      r.lastStart,
    ]),
  }),
  sync: (d) => ({
    title: 'Sync health of every instance',
    header: [
      'Instance',
      'Last seen',
      'Changes applied (last sequence)',
      'Records held',
      'Quarantined',
      'Last error',
    ],
    rows: d.sync.origins.map((o) => [
      o.origin,
      o.lastSuccessAt ?? 'never',
      o.lastSeq,
      o.records,
      o.quarantined,
      o.lastError ?? '',
    ]),
  }),
};
