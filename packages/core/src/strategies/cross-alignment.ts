import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { AlignmentLink } from './alignment-link.js';
import type { NationalStrategy } from './national-strategy.js';
import type { Priority } from './priority.js';
import type { PriorityRef } from './strategy-coverage.js';

export interface CrossAlignmentInput {
  strategies: readonly WithId<NationalStrategy>[];
  priorities: readonly WithId<Priority>[];
  /** Alignment links; only those of sourceKind `priority` are read. */
  links: readonly AlignmentLink[];
  /** Which improvement strategy to compare; needed when there is not exactly one. */
  improvementStrategyId?: string;
  /** Which leadership strategy to compare; needed when there is not exactly one. */
  leadershipStrategyId?: string;
}

export interface AlignedPriority extends PriorityRef {
  /** Priorities of the other strategy linked to this one (either direction), in code order. */
  counterpartIds: string[];
}

export interface CrossAlignmentSide {
  strategyId: string;
  key: string;
  title: string;
  /** All priorities of the strategy, in code order (IMP-2 before IMP-10). */
  priorities: AlignedPriority[];
  /** How many have at least one counterpart. */
  aligned: number;
  unaligned: PriorityRef[];
}

export interface AlignedPair {
  improvementPriorityId: string;
  improvementCode: string;
  leadershipPriorityId: string;
  leadershipCode: string;
  /** Link records behind the pair (either direction, duplicates included). */
  links: number;
}

export interface CrossAlignment {
  improvement: CrossAlignmentSide;
  leadership: CrossAlignmentSide;
  /** Aligned pairs, in improvement then leadership code order. */
  pairs: AlignedPair[];
  /** `matrix[i][j]`: improvement priority i is aligned with leadership priority j (the sides' orders). */
  matrix: boolean[][];
  /** Share of the priorities of both strategies with at least one counterpart; 0 when there are none. */
  score: number;
  /** Priority links that do not join a priority of one strategy to a priority of the other. */
  ignoredLinks: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
function compareCodes(a: string, b: string): number {
  const [pa = '', na = ''] = a.split('-');
  const [pb = '', nb = ''] = b.split('-');
  if (pa !== pb) return cmp(pa, pb);
  const d = Number(na) - Number(nb);
  return d !== 0 && !Number.isNaN(d) ? d : cmp(a, b);
}

function pickStrategy(
  strategies: readonly WithId<NationalStrategy>[],
  kind: NationalStrategy['kind'],
  id: string | undefined,
): WithId<NationalStrategy> {
  const field = `${kind}StrategyId`;
  if (id !== undefined) {
    const s = strategies.find((x) => x.id === id);
    if (!s || s.kind !== kind) {
      const message = s
        ? `strategy ${id} is a ${s.kind} strategy, not ${kind}`
        : `no strategy ${id}`;
      throw new ValidationError(`${field}: ${message}`, [{ path: [field], message }]);
    }
    return s;
  }
  const found = strategies.filter((s) => s.kind === kind);
  const only = found[0];
  if (found.length !== 1 || !only) {
    const message = `expected exactly one ${kind} strategy, found ${found.length}; pass ${field}`;
    throw new ValidationError(message, [{ path: ['strategies'], message }]);
  }
  return only;
}

/**
 * Cross-alignment of the national improvement and leadership strategies (rec 1): which priorities of
 * one are linked to priorities of the other (links of sourceKind `priority`, either direction), the
 * unaligned priorities of each side, and a score.
 * @example crossAlignment({ strategies, priorities, links }).score // 0.75
 */
export function crossAlignment(input: CrossAlignmentInput): CrossAlignment {
  const imp = pickStrategy(input.strategies, 'improvement', input.improvementStrategyId);
  const lead = pickStrategy(input.strategies, 'leadership', input.leadershipStrategyId);
  const byCode = (a: WithId<Priority>, b: WithId<Priority>) =>
    compareCodes(a.code, b.code) || cmp(a.id, b.id);
  const impPriorities = input.priorities.filter((p) => p.strategyId === imp.id).sort(byCode);
  const leadPriorities = input.priorities.filter((p) => p.strategyId === lead.id).sort(byCode);
  const impIndex = new Map(impPriorities.map((p, i) => [p.id, i]));
  const leadIndex = new Map(leadPriorities.map((p, i) => [p.id, i]));

  const linkCount = new Map<string, number>(); // `${i}:${j}` -> links
  let ignoredLinks = 0;
  for (const l of input.links) {
    if (l.sourceKind !== 'priority') continue;
    const forward = impIndex.has(l.sourceId);
    const i = impIndex.get(forward ? l.sourceId : l.priorityId);
    const j = leadIndex.get(forward ? l.priorityId : l.sourceId);
    if (i === undefined || j === undefined) {
      ignoredLinks += 1;
      continue;
    }
    const key = `${i}:${j}`;
    linkCount.set(key, (linkCount.get(key) ?? 0) + 1);
  }

  const matrix = impPriorities.map((_, i) =>
    leadPriorities.map((_, j) => linkCount.has(`${i}:${j}`)),
  );
  const pairs: AlignedPair[] = [];
  impPriorities.forEach((ip, i) =>
    leadPriorities.forEach((lp, j) => {
      const n = linkCount.get(`${i}:${j}`);
      if (n !== undefined)
        pairs.push({
          improvementPriorityId: ip.id,
          improvementCode: ip.code,
          leadershipPriorityId: lp.id,
          leadershipCode: lp.code,
          links: n,
        });
    }),
  );

  const side = (
    s: WithId<NationalStrategy>,
    own: WithId<Priority>[],
    counterparts: (i: number) => string[],
  ): CrossAlignmentSide => {
    const priorities = own.map(
      (p, i): AlignedPriority => ({
        priorityId: p.id,
        code: p.code,
        title: p.title,
        counterpartIds: counterparts(i),
      }),
    );
    const unaligned = priorities
      .filter((p) => p.counterpartIds.length === 0)
      .map(({ priorityId, code, title }) => ({ priorityId, code, title }));
    return {
      strategyId: s.id,
      key: s.key,
      title: s.title,
      priorities,
      aligned: priorities.length - unaligned.length,
      unaligned,
    };
  };
  const improvement = side(imp, impPriorities, (i) =>
    leadPriorities.filter((_, j) => matrix[i]?.[j]).map((p) => p.id),
  );
  const leadership = side(lead, leadPriorities, (j) =>
    impPriorities.filter((_, i) => matrix[i]?.[j]).map((p) => p.id),
  );
  const total = impPriorities.length + leadPriorities.length;
  const score = total === 0 ? 0 : (improvement.aligned + leadership.aligned) / total;

  return { improvement, leadership, pairs, matrix, score, ignoredLinks };
}
