import type { WithId } from '../common/with-id.js';
import type { AlignmentLink } from './alignment-link.js';
import type { NationalStrategy } from './national-strategy.js';
import type { Priority } from './priority.js';

/** The alignment-link kinds that count as a local source addressing a national priority (rec 2, rec 7.iii). */
export type CoverageSourceKind = 'organisation_strategy' | 'local_delivery_plan';

export interface StrategyCoverageInput {
  strategies: readonly WithId<NationalStrategy>[];
  priorities: readonly WithId<Priority>[];
  /** Alignment links; those of sourceKind `priority` (cross-alignment) are not sources and are skipped. */
  links: readonly AlignmentLink[];
}

export interface PriorityRef {
  priorityId: string;
  code: string;
  title: string;
}

export interface PriorityCoverage extends PriorityRef {
  /** Distinct sources (organisation strategies and local delivery plans) addressing the priority. */
  sourceCount: number;
  /** Their ids, sorted. */
  sourceIds: string[];
  byKind: Record<CoverageSourceKind, number>;
}

export interface NationalStrategyCoverage {
  strategyId: string;
  key: string;
  kind: NationalStrategy['kind'];
  title: string;
  /** Every priority of the strategy, by code (IMP-2 before IMP-10). */
  priorities: PriorityCoverage[];
  total: number;
  covered: number;
  /** Priorities no source addresses. */
  gaps: PriorityRef[];
  /** covered / total; 0 for a strategy without priorities (nothing is covered). */
  coverage: number;
}

export interface SourceCoverage {
  sourceKind: CoverageSourceKind;
  sourceId: string;
  /** The in-scope priorities the source addresses, in strategy then code order. */
  priorityIds: string[];
  /** The national strategies those priorities belong to. */
  strategyIds: string[];
}

export interface StrategyCoverage {
  strategies: NationalStrategyCoverage[];
  /** Every source that has at least one link, by kind then id. */
  sources: SourceCoverage[];
  overall: { total: number; covered: number; coverage: number };
  /** Source links whose priorityId is not among `priorities`. */
  danglingLinks: number;
}

const SOURCE_KINDS: readonly CoverageSourceKind[] = [
  'organisation_strategy',
  'local_delivery_plan',
];
const KIND_ORDER: Record<NationalStrategy['kind'], number> = { improvement: 0, leadership: 1 };

/** Orders priority codes by prefix, then numerically (IMP-2 before IMP-10). */
function compareCodes(a: string, b: string): number {
  const [pa = '', na = ''] = a.split('-');
  const [pb = '', nb = ''] = b.split('-');
  if (pa !== pb) return pa < pb ? -1 : 1;
  const d = Number(na) - Number(nb);
  if (d !== 0 && !Number.isNaN(d)) return d;
  return a < b ? -1 : a > b ? 1 : 0;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type SourcesOf = Map<string, Map<string, CoverageSourceKind>>;

/**
 * The links read both ways: priorityId -> sourceId -> kind, and per source (kind and id) the
 * priorities in scope it addresses; links to a priority that does not exist are counted.
 */
function indexLinks(
  input: StrategyCoverageInput,
  inScope: ReadonlyMap<string, WithId<Priority>>,
  allPriorityIds: ReadonlySet<string>,
): {
  sourcesOf: SourcesOf;
  prioritiesOf: Map<string, { kind: CoverageSourceKind; id: string; priorities: Set<string> }>;
  danglingLinks: number;
} {
  const sourcesOf = new Map<string, Map<string, CoverageSourceKind>>();
  const prioritiesOf = new Map<
    string,
    { kind: CoverageSourceKind; id: string; priorities: Set<string> }
  >();
  let danglingLinks = 0;

  for (const link of input.links) {
    if (!SOURCE_KINDS.includes(link.sourceKind as CoverageSourceKind)) continue;
    const kind = link.sourceKind as CoverageSourceKind;
    const key = `${kind}\u0000${link.sourceId}`;
    let src = prioritiesOf.get(key);
    if (!src) prioritiesOf.set(key, (src = { kind, id: link.sourceId, priorities: new Set() }));
    if (!allPriorityIds.has(link.priorityId)) {
      danglingLinks += 1;
      continue;
    }
    if (!inScope.has(link.priorityId)) continue;
    src.priorities.add(link.priorityId);
    let m = sourcesOf.get(link.priorityId);
    if (!m) sourcesOf.set(link.priorityId, (m = new Map()));
    m.set(link.sourceId, kind);
  }
  return { sourcesOf, prioritiesOf, danglingLinks };
}

/** One national strategy: its priorities in code order with their sources, and its gaps. */
function strategyUnit(
  s: StrategyCoverageInput['strategies'][number],
  inScope: ReadonlyMap<string, WithId<Priority>>,
  sourcesOf: SourcesOf,
  byCode: (a: WithId<Priority>, b: WithId<Priority>) => number,
): NationalStrategyCoverage {
  const own = [...inScope.values()].filter((p) => p.strategyId === s.id).sort(byCode);
  const priorities = own.map((p): PriorityCoverage => {
    const srcs = sourcesOf.get(p.id) ?? new Map<string, CoverageSourceKind>();
    const byKind: Record<CoverageSourceKind, number> = {
      organisation_strategy: 0,
      local_delivery_plan: 0,
    };
    for (const k of srcs.values()) byKind[k] += 1;
    return {
      priorityId: p.id,
      code: p.code,
      title: p.title,
      sourceCount: srcs.size,
      sourceIds: [...srcs.keys()].sort(cmp),
      byKind,
    };
  });
  const gaps = priorities
    .filter((p) => p.sourceCount === 0)
    .map(({ priorityId, code, title }) => ({ priorityId, code, title }));
  const c = priorities.length - gaps.length;
  return {
    strategyId: s.id,
    key: s.key,
    kind: s.kind,
    title: s.title,
    priorities,
    total: priorities.length,
    covered: c,
    gaps,
    coverage: priorities.length === 0 ? 0 : c / priorities.length,
  };
}

/**
 * Alignment coverage of the national strategies: for each priority, the organisation strategies and
 * local delivery plans that address it, the priorities nobody addresses (gaps), and per source the
 * priorities it addresses. Priorities of strategies not passed in are out of scope and ignored.
 * @example strategyCoverage({ strategies, priorities, links }).strategies[0].gaps
 */
export function strategyCoverage(input: StrategyCoverageInput): StrategyCoverage {
  const strategyIds = new Set(input.strategies.map((s) => s.id));
  const allPriorityIds = new Set(input.priorities.map((p) => p.id));
  const inScope = new Map<string, WithId<Priority>>();
  for (const p of input.priorities) if (strategyIds.has(p.strategyId)) inScope.set(p.id, p);

  const { sourcesOf, prioritiesOf, danglingLinks } = indexLinks(input, inScope, allPriorityIds);

  const orderedStrategies = [...input.strategies].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.key, b.key) || cmp(a.id, b.id),
  );
  const strategyRank = new Map(orderedStrategies.map((s, i) => [s.id, i]));
  const byCode = (a: WithId<Priority>, b: WithId<Priority>) =>
    compareCodes(a.code, b.code) || cmp(a.id, b.id);

  const strategies = orderedStrategies.map((s) => strategyUnit(s, inScope, sourcesOf, byCode));
  const total = strategies.reduce((n, s) => n + s.total, 0);
  const covered = strategies.reduce((n, s) => n + s.covered, 0);

  const priorityOrder = (a: string, b: string) => {
    const pa = inScope.get(a);
    const pb = inScope.get(b);
    if (!pa || !pb) return cmp(a, b);
    return (
      (strategyRank.get(pa.strategyId) ?? 0) - (strategyRank.get(pb.strategyId) ?? 0) ||
      byCode(pa, pb)
    );
  };
  const sources = [...prioritiesOf.values()]
    .sort((a, b) => SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind) || cmp(a.id, b.id))
    .map((src): SourceCoverage => {
      const priorityIds = [...src.priorities].sort(priorityOrder);
      const sIds: string[] = [];
      for (const id of priorityIds) {
        const sid = inScope.get(id)?.strategyId;
        if (sid !== undefined && !sIds.includes(sid)) sIds.push(sid);
      }
      return { sourceKind: src.kind, sourceId: src.id, priorityIds, strategyIds: sIds };
    });

  return {
    strategies,
    sources,
    overall: { total, covered, coverage: total === 0 ? 0 : covered / total },
    danglingLinks,
  };
}
