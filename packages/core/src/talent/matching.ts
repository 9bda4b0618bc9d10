import { MinCostFlow } from './_min-cost-flow.js';
import {
  eligibilityProblems,
  MatchModel,
  SCORE_UNITS,
  type IneligibilityReason,
  type MatchCoach,
  type MatchMentee,
  type MatchOptions,
} from './match-eligibility.js';

/**
 * Coach and mentor matching for the coaching and mentoring register.
 *
 * Hard constraints: never a coach from the mentee's own organisation, never more mentees than a
 * coach's capacity, the kind sought (coach or mentor), and same-sex / same-ethnicity when the mentee
 * asks. Among allowed pairs, `matchMentees` first matches as many mentees as possible and then
 * maximises the total skills fit (Jaccard of needs and expertise): a maximum-cardinality,
 * maximum-weight b-matching found as a minimum-cost flow (source -> mentee -> coach -> sink, cost
 * 1 - score per pair). To stay fast at national scale (5,000 x 1,000) each mentee keeps only its
 * best `candidatesPerMentee` coaches as edges (ties spread by a hash of the pair); a final pass
 * then gives any mentee still unmatched the best coach with a free place, so the result is always
 * maximal. With candidatesPerMentee >= the number of coaches the result is optimal.
 *
 * Deterministic: inputs are sorted by id first, so the same records in any order give the same
 * result.
 */

export interface MentorMatch {
  menteeId: string;
  coachId: string;
  /** Skills fit, 0..1 (Jaccard of needs and expertise). */
  score: number;
  reasons: string[];
}

export interface UnmatchedMentee {
  menteeId: string;
  reasons: string[];
}

export interface MatchResult {
  /** Sorted by mentee id. */
  matches: MentorMatch[];
  /** Sorted by mentee id. */
  unmatched: UnmatchedMentee[];
  totalScore: number;
}

export const DEFAULT_CANDIDATES_PER_MENTEE = 40;

/** Matches mentees to coaches: as many as possible, then the best total skills fit. @example matchMentees(mentees, coaches).matches */
export function matchMentees(
  mentees: readonly MatchMentee[],
  coaches: readonly MatchCoach[],
  options: MatchOptions = {},
): MatchResult {
  const k = options.candidatesPerMentee ?? DEFAULT_CANDIDATES_PER_MENTEE;
  if (!(k >= 1)) throw new RangeError(`candidatesPerMentee must be >= 1: ${k}`);
  const model = new MatchModel(mentees, coaches, options);
  const M = model.mentees.length;
  const C = model.coaches.length;

  // Candidate edges: the k best allowed coaches of each mentee by (score desc, tie hash, index).
  const candidates: number[][] = [];
  for (let m = 0; m < M; m++) {
    const list = topCandidates(model, m, k);
    candidates.push(list);
  }

  const source = 0;
  const sink = M + C + 1;
  const flow = new MinCostFlow(M + C + 2);
  for (let m = 0; m < M; m++) flow.addEdge(source, 1 + m, 1, 0);
  const pairEdges: [number, number, number][] = [];
  for (let m = 0; m < M; m++) {
    for (const c of candidates[m]!)
      pairEdges.push([m, c, flow.addEdge(1 + m, 1 + M + c, 1, SCORE_UNITS - model.units(m, c))]);
  }
  for (let c = 0; c < C; c++)
    if (model.capacity[c]! > 0) flow.addEdge(1 + M + c, sink, model.capacity[c]!, 0);
  flow.run(source, sink);

  const coachOf = new Int32Array(M).fill(-1);
  for (const [m, c, e] of pairEdges) if (flow.flowOn(e) > 0) coachOf[m] = c;
  const load = new Int32Array(C);
  for (let m = 0; m < M; m++) if (coachOf[m]! >= 0) load[coachOf[m]!]! += 1;
  // Maximality: an unmatched mentee whose candidates are full may still fit a coach outside them.
  for (let m = 0; m < M; m++) {
    if (coachOf[m]! >= 0) continue;
    const c = bestFree(model, m, load, true);
    if (c >= 0) {
      coachOf[m] = c;
      load[c]! += 1;
    }
  }
  return explain(model, coachOf, load, options, 'optimal');
}

/**
 * The baseline a coordinator would do by hand: mentees in id order each take the best-fitting
 * coach (ties: lowest coach id) that still has a place. Same constraints, no look-ahead.
 */
export function greedyMatch(
  mentees: readonly MatchMentee[],
  coaches: readonly MatchCoach[],
  options: MatchOptions = {},
): MatchResult {
  const model = new MatchModel(mentees, coaches, options);
  const coachOf = new Int32Array(model.mentees.length).fill(-1);
  const load = new Int32Array(model.coaches.length);
  for (let m = 0; m < model.mentees.length; m++) {
    const c = bestFree(model, m, load, false);
    if (c >= 0) {
      coachOf[m] = c;
      load[c]! += 1;
    }
  }
  return explain(model, coachOf, load, options, 'greedy');
}

function topCandidates(model: MatchModel, m: number, k: number): number[] {
  // a small sorted buffer, best first; keys compared as (units desc, tie asc, index asc)
  const units: number[] = [];
  const ties: number[] = [];
  const idx: number[] = [];
  const worse = (u1: number, t1: number, i1: number, u2: number, t2: number, i2: number) =>
    u1 < u2 || (u1 === u2 && (t1 > t2 || (t1 === t2 && i1 > i2)));
  for (let c = 0; c < model.coaches.length; c++) {
    if (!model.eligible(m, c)) continue;
    const u = model.units(m, c);
    const t = model.tie(m, c);
    const n = idx.length;
    if (n === k && !worse(units[n - 1]!, ties[n - 1]!, idx[n - 1]!, u, t, c)) continue;
    let p = n === k ? n - 1 : n;
    while (p > 0 && worse(units[p - 1]!, ties[p - 1]!, idx[p - 1]!, u, t, c)) {
      units[p] = units[p - 1]!;
      ties[p] = ties[p - 1]!;
      idx[p] = idx[p - 1]!;
      p--;
    }
    units[p] = u;
    ties[p] = t;
    idx[p] = c;
  }
  return idx;
}

/** The best allowed coach with a free place (score desc, then tie hash or coach id), or -1. */
function bestFree(model: MatchModel, m: number, load: Int32Array, hashTies: boolean): number {
  let best = -1;
  let bestUnits = -1;
  let bestTie = 0;
  for (let c = 0; c < model.coaches.length; c++) {
    if (load[c]! >= model.capacity[c]! || !model.eligible(m, c)) continue;
    const u = model.units(m, c);
    const t = hashTies ? model.tie(m, c) : c;
    if (u > bestUnits || (u === bestUnits && t < bestTie)) {
      best = c;
      bestUnits = u;
      bestTie = t;
    }
  }
  return best;
}

const PROBLEM_TEXT: Record<IneligibilityReason, string> = {
  same_organisation: 'in the same organisation',
  no_capacity: 'with no capacity',
  kind: 'not of the kind sought',
  mentee_sex_not_recorded: "unusable: same-sex preference set but the mentee's sex is not recorded",
  sex_differs: 'not of the same sex (as the mentee asked)',
  mentee_ethnicity_not_recorded:
    "unusable: same-ethnicity preference set but the mentee's ethnicity is not recorded",
  ethnicity_differs: 'not of the same ethnicity (as the mentee asked)',
};

function explain(
  model: MatchModel,
  coachOf: Int32Array,
  load: Int32Array,
  options: MatchOptions,
  algorithm: 'optimal' | 'greedy',
): MatchResult {
  const matches: MentorMatch[] = [];
  const unmatched: UnmatchedMentee[] = [];
  let totalScore = 0;
  model.mentees.forEach((mentee, m) => {
    const c = coachOf[m]!;
    if (c < 0) {
      unmatched.push({
        menteeId: mentee.id,
        reasons: unmatchedReasons(model, m, options, algorithm),
      });
      return;
    }
    const coach = model.coaches[c]!;
    const score = model.score(m, c);
    totalScore += score;
    const shared = model.sharedSkills(m, c);
    const reasons = [
      `coach from another organisation (${coach.organisationId})`,
      shared.length > 0
        ? `skills fit ${score.toFixed(2)}: ${shared.length} of ${mentee.needs.length} needs in their expertise (${shared.join(', ')})`
        : 'skills fit 0.00: no need in their expertise (best available place)',
    ];
    if (mentee.seeks !== undefined) reasons.push(`a ${coach.kind}, as sought`);
    if (mentee.preferences?.sameSex) reasons.push('same sex, as the mentee asked');
    if (mentee.preferences?.sameEthnicity)
      reasons.push(
        `same ethnic ${options.ethnicityMatch === 'category' ? 'category' : 'group'}, as the mentee asked`,
      );
    reasons.push(`${load[c]} of the coach's ${coach.capacity} place(s) allocated`);
    matches.push({ menteeId: mentee.id, coachId: coach.id, score, reasons });
  });
  return { matches, unmatched, totalScore };
}

function unmatchedReasons(
  model: MatchModel,
  m: number,
  options: MatchOptions,
  algorithm: 'optimal' | 'greedy',
): string[] {
  const mentee = model.mentees[m]!;
  if (model.coaches.length === 0) return ['no coach or mentor on the register'];
  const counts = new Map<IneligibilityReason, number>();
  let eligible = 0;
  for (const coach of model.coaches) {
    const problems = eligibilityProblems(mentee, coach, options);
    if (problems.length === 0) eligible++;
    for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  if (eligible > 0) {
    const how =
      algorithm === 'optimal'
        ? 'the matching maximises the number of mentees matched, then skills fit'
        : 'taken by mentees earlier in the list';
    return [`all places with the ${eligible} allowed coach(es) went to other mentees (${how})`];
  }
  const reasons: string[] = [];
  for (const p of ['mentee_sex_not_recorded', 'mentee_ethnicity_not_recorded'] as const)
    if (counts.has(p)) reasons.push(PROBLEM_TEXT[p]);
  const parts = (Object.keys(PROBLEM_TEXT) as IneligibilityReason[])
    .filter(
      (p) =>
        p !== 'mentee_sex_not_recorded' && p !== 'mentee_ethnicity_not_recorded' && counts.has(p),
    )
    .map((p) => `${counts.get(p)} ${PROBLEM_TEXT[p]}`);
  if (parts.length > 0)
    reasons.push(`no allowed coach among ${model.coaches.length}: ${parts.join('; ')}`);
  return reasons;
}
