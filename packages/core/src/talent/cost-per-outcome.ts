import type { EnrolmentStatus } from './enrolment.js';
import type { Attainment, FollowUp } from './evaluation-goal.js';

/**
 * Value for money of leadership programmes: what a completion and an attained goal cost, by
 * programme, by LDP and by both, from the catalogue's cost per place.
 *
 * Cost basis `places` (default) charges every commissioned place of a cohort (places are paid for
 * whether filled or not); `enrolments` charges only places taken (enrolled, completed or withdrawn;
 * not mere offers). A goal counts as attained when its latest follow-up with an attainment recorded
 * (12 before 6 before 3 months) is at one of `attainedLevels` (default mostly or fully).
 * Money is GBP rounded to pennies.
 */

export interface ProgrammeForCost {
  id: string;
  /** Absent until the programme is priced: its cohorts are then left out (listed as unresolved). */
  costPerPlace?: number | undefined;
}
export interface CohortForCost {
  id: string;
  programmeId: string;
  ldpId: string;
  places: number;
}
export interface EnrolmentForCost {
  id: string;
  cohortId: string;
  status: EnrolmentStatus;
}
export interface GoalForCost {
  id: string;
  enrolmentId: string;
  followUps: readonly FollowUp[];
}

export interface CostPerOutcomeOptions {
  costBasis?: 'places' | 'enrolments';
  attainedLevels?: readonly Attainment[];
}

export interface OutcomeCost {
  cohorts: number;
  places: number;
  /** Places taken: enrolled, completed or withdrawn. */
  enrolments: number;
  completions: number;
  withdrawals: number;
  goals: number;
  goalsAttained: number;
  cost: number;
  /** completions / enrolments, or null with no enrolments. */
  completionRate: number | null;
  costPerCompletion: number | null;
  costPerGoalAttained: number | null;
}

export interface CostPerOutcomeReport {
  /** Sorted by programme id. */
  byProgramme: (OutcomeCost & { programmeId: string })[];
  /** Sorted by LDP id. */
  byLdp: (OutcomeCost & { ldpId: string })[];
  /** Sorted by programme id, then LDP id. */
  byProgrammeAndLdp: (OutcomeCost & { programmeId: string; ldpId: string })[];
  total: OutcomeCost;
  /** Records left out because what they refer to is missing (e.g. not yet synced), by id. */
  unresolved: { cohorts: string[]; enrolments: string[]; goals: string[] };
}

const TAKEN: ReadonlySet<EnrolmentStatus> = new Set(['enrolled', 'completed', 'withdrawn']);

export interface CostPerOutcomeInput {
  programmes: readonly ProgrammeForCost[];
  cohorts: readonly CohortForCost[];
  enrolments: readonly EnrolmentForCost[];
  goals: readonly GoalForCost[];
}

type Unresolved = CostPerOutcomeReport['unresolved'];
type PricedCohort = CohortForCost & { price: number };

/** Cost per completion and per attained goal, by programme, LDP and both. */
export function costPerOutcome(
  input: CostPerOutcomeInput,
  options: CostPerOutcomeOptions = {},
): CostPerOutcomeReport {
  const basis = options.costBasis ?? 'places';
  const attained = new Set<Attainment>(options.attainedLevels ?? ['mostly', 'fully']);
  const unresolved: Unresolved = { cohorts: [], enrolments: [], goals: [] };
  const cohorts = pricedCohorts(input, unresolved);
  const tallies = tallyOutcomes(input, cohorts, basis, attained, unresolved);
  for (const list of Object.values(unresolved)) list.sort(cmp);
  return { ...summarise(tallies), unresolved };
}

/** The cohorts of priced programmes, with their price per place in pennies (sums stay exact). */
function pricedCohorts(
  input: CostPerOutcomeInput,
  unresolved: Unresolved,
): Map<string, PricedCohort> {
  const programmes = new Map(input.programmes.map((p) => [p.id, p]));
  const cohorts = new Map<string, PricedCohort>();
  for (const c of input.cohorts) {
    const p = programmes.get(c.programmeId);
    if (p === undefined || p.costPerPlace === undefined) unresolved.cohorts.push(c.id);
    else cohorts.set(c.id, { ...c, price: Math.round(p.costPerPlace * 100) }); // pennies: sums stay exact
  }
  return cohorts;
}

/** Tallies places, cost, enrolments and goals by programme and LDP (key: programmeId \0 ldpId). */
function tallyOutcomes(
  input: CostPerOutcomeInput,
  cohorts: ReadonlyMap<string, PricedCohort>,
  basis: 'places' | 'enrolments',
  attained: ReadonlySet<Attainment>,
  unresolved: Unresolved,
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tally = (c: CohortForCost) => {
    const key = `${c.programmeId}\u0000${c.ldpId}`;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = newTally()));
    return t;
  };
  for (const c of cohorts.values()) {
    const t = tally(c);
    t.cohorts += 1;
    t.places += c.places;
    if (basis === 'places') t.cost += c.places * c.price;
  }
  const enrolmentCohort = new Map<string, PricedCohort>();
  for (const e of input.enrolments) {
    const c = cohorts.get(e.cohortId);
    if (c === undefined) {
      unresolved.enrolments.push(e.id);
      continue;
    }
    enrolmentCohort.set(e.id, c);
    const t = tally(c);
    if (TAKEN.has(e.status)) {
      t.enrolments += 1;
      if (basis === 'enrolments') t.cost += c.price;
    }
    if (e.status === 'completed') t.completions += 1;
    if (e.status === 'withdrawn') t.withdrawals += 1;
  }
  for (const g of input.goals) {
    const c = enrolmentCohort.get(g.enrolmentId);
    if (c === undefined) {
      unresolved.goals.push(g.id);
      continue;
    }
    const t = tally(c);
    t.goals += 1;
    const latest = [...g.followUps]
      .filter((f) => f.attainment !== undefined)
      .sort((a, b) => b.dueMonths - a.dueMonths)[0];
    if (latest?.attainment !== undefined && attained.has(latest.attainment)) t.goalsAttained += 1;
  }
  return tallies;
}

/** The tallies by programme, by LDP, by both and in total, as published. */
function summarise(tallies: ReadonlyMap<string, Tally>): Omit<CostPerOutcomeReport, 'unresolved'> {
  const entries = [...tallies.entries()].map(([key, t]) => {
    const [programmeId, ldpId] = key.split('\u0000') as [string, string];
    return { programmeId, ldpId, t };
  });
  const group = <K extends 'programmeId' | 'ldpId'>(k: K) => {
    const m = new Map<string, Tally>();
    for (const e of entries) {
      const acc = m.get(e[k]) ?? newTally();
      add(acc, e.t);
      m.set(e[k], acc);
    }
    return [...m.entries()].sort(([a], [b]) => cmp(a, b));
  };
  const total = newTally();
  for (const e of entries) add(total, e.t);
  return {
    byProgramme: group('programmeId').map(([programmeId, t]) => ({ programmeId, ...finish(t) })),
    byLdp: group('ldpId').map(([ldpId, t]) => ({ ldpId, ...finish(t) })),
    byProgrammeAndLdp: entries
      .sort((a, b) => cmp(a.programmeId, b.programmeId) || cmp(a.ldpId, b.ldpId))
      .map(({ programmeId, ldpId, t }) => ({ programmeId, ldpId, ...finish(t) })),
    total: finish(total),
  };
}

type Tally = Omit<OutcomeCost, 'completionRate' | 'costPerCompletion' | 'costPerGoalAttained'>;

function newTally(): Tally {
  return {
    cohorts: 0,
    places: 0,
    enrolments: 0,
    completions: 0,
    withdrawals: 0,
    goals: 0,
    goalsAttained: 0,
    cost: 0,
  };
}

function add(acc: Tally, t: Tally): void {
  for (const k of Object.keys(acc) as (keyof Tally)[]) acc[k] += t[k];
}

/** A tally (cost in pennies) as published: GBP, per-outcome costs rounded to the penny. */
function finish(t: Tally): OutcomeCost {
  return {
    ...t,
    cost: t.cost / 100,
    completionRate: t.enrolments > 0 ? t.completions / t.enrolments : null,
    costPerCompletion: t.completions > 0 ? Math.round(t.cost / t.completions) / 100 : null,
    costPerGoalAttained: t.goalsAttained > 0 ? Math.round(t.cost / t.goalsAttained) / 100 : null,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
