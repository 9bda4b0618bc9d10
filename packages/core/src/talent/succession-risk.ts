import { addMonths, dayNumber } from '../calendar/day-number.js';
import type { Successor } from './succession-plan.js';

/**
 * Succession risk of the most senior posts (rec 13.ii: "a number of these senior roles are at risk
 * of not being filled"): per post, which risk conditions hold on a date, a risk level, and the
 * national list of posts at risk, most severe first.
 */

export const SUCCESSION_RISK_FLAGS = [
  'no_ready_now_successor',
  'vacancy_within_12_months',
  'successor_overcommitted',
] as const;
export type SuccessionRiskFlag = (typeof SUCCESSION_RISK_FLAGS)[number];
export type SuccessionRiskLevel = 'high' | 'medium' | 'low' | 'none';

/** What the assessment reads of a senior post record. */
export interface PostForRisk {
  id: string;
  title: string;
  organisationId: string;
  expectedVacancyDate?: string | undefined;
  incumbentLikelyToLeave?: boolean | undefined;
}

/** What the assessment reads of a succession plan record. */
export interface PlanForRisk {
  postId: string;
  successors: readonly Successor[];
}

export interface PostSuccessionRisk {
  postId: string;
  title: string;
  organisationId: string;
  /** The conditions that hold, in the order of `SUCCESSION_RISK_FLAGS`. */
  flags: SuccessionRiskFlag[];
  level: SuccessionRiskLevel;
  /** Distinct successors named for the post (over all its plans), and how many are ready now. */
  successors: number;
  readyNow: number;
  /** Successors also named for other posts, with the number of posts naming them (>= 2). */
  overcommitted: { personRef: string; posts: number }[];
  /** Days from `asOf` to the expected vacancy (negative when past); absent without a date. */
  daysToVacancy?: number;
  reasons: string[];
}

export interface SuccessionRiskReport {
  asOf: string;
  /** Every post, by post id. */
  posts: PostSuccessionRisk[];
  /** Posts with a risk level above `none`, most severe first. */
  nationalRiskList: PostSuccessionRisk[];
  /** Post ids named by plans but not among the posts (ignored in the assessment). */
  unknownPostIds: string[];
}

const LEVEL_RANK: Record<SuccessionRiskLevel, number> = { high: 0, medium: 1, low: 2, none: 3 };
const READINESS_TEXT = {
  ready_now: 'ready now',
  '1_2_years': '1-2 years',
  '3_5_years': '3-5 years',
} as const;

/** Successors per post (distinct by personRef, keeping the best readiness), posts per person. */
interface SuccessorIndex {
  successorsOf: Map<string, Map<string, Successor['readiness']>>;
  postsOf: Map<string, Set<string>>;
  /** Posts the plans name that are not among the posts. */
  unknown: Set<string>;
}

function successorIndex(
  posts: readonly PostForRisk[],
  plans: readonly PlanForRisk[],
): SuccessorIndex {
  const known = new Set(posts.map((p) => p.id));
  const unknown = new Set<string>();
  const successorsOf = new Map<string, Map<string, Successor['readiness']>>();
  const postsOf = new Map<string, Set<string>>();
  const rank = { ready_now: 0, '1_2_years': 1, '3_5_years': 2 } as const;
  for (const plan of plans) {
    if (!known.has(plan.postId)) {
      unknown.add(plan.postId);
      continue;
    }
    const mine = successorsOf.get(plan.postId) ?? new Map<string, Successor['readiness']>();
    successorsOf.set(plan.postId, mine);
    for (const s of plan.successors) {
      const had = mine.get(s.personRef);
      if (had === undefined || rank[s.readiness] < rank[had]) mine.set(s.personRef, s.readiness);
      const set = postsOf.get(s.personRef) ?? new Set<string>();
      set.add(plan.postId);
      postsOf.set(s.personRef, set);
    }
  }
  return { successorsOf, postsOf, unknown };
}

/** One post's flags, level and reasons on the day `today` (vacancies up to `horizon` are soon). */
function assessPost(
  post: PostForRisk,
  index: SuccessorIndex,
  today: number,
  horizon: number,
): PostSuccessionRisk {
  const mine = index.successorsOf.get(post.id) ?? new Map<string, Successor['readiness']>();
  const people = [...mine.entries()].sort(([a], [b]) => cmp(a, b));
  const readyNow = people.filter(([, r]) => r === 'ready_now');
  const overcommitted = people
    .map(([personRef]) => ({ personRef, posts: index.postsOf.get(personRef)?.size ?? 0 }))
    .filter((x) => x.posts >= 2);
  const over = new Set(overcommitted.map((x) => x.personRef));
  const vacancyDay =
    post.expectedVacancyDate === undefined
      ? undefined
      : dayNumber(post.expectedVacancyDate, 'expectedVacancyDate');
  const vacancySoon =
    (vacancyDay !== undefined && vacancyDay <= horizon) || post.incumbentLikelyToLeave === true;

  const flags: SuccessionRiskFlag[] = [];
  const reasons: string[] = [];
  if (readyNow.length === 0) {
    flags.push('no_ready_now_successor');
    const counts = (['1_2_years', '3_5_years'] as const)
      .map((r) => [r, people.filter(([, x]) => x === r).length] as const)
      .filter(([, n]) => n > 0);
    reasons.push(
      people.length === 0
        ? 'no successor named'
        : `no successor ready now (${counts.map(([r, n]) => `${n} ready in ${READINESS_TEXT[r]}`).join(', ')})`,
    );
  }
  if (vacancySoon) {
    flags.push('vacancy_within_12_months');
    if (vacancyDay !== undefined && vacancyDay <= horizon)
      reasons.push(
        vacancyDay < today
          ? `vacancy expected ${post.expectedVacancyDate}, already past`
          : `vacancy expected ${post.expectedVacancyDate} (in ${vacancyDay - today} days)`,
      );
    if (post.incumbentLikelyToLeave === true) reasons.push('incumbent likely to leave');
  }
  if (overcommitted.length > 0) {
    flags.push('successor_overcommitted');
    for (const o of overcommitted)
      reasons.push(`successor ${o.personRef} is named for ${o.posts} posts`);
  }
  const coveredNow = readyNow.some(([p]) => !over.has(p));
  const level: SuccessionRiskLevel =
    vacancySoon && !coveredNow
      ? 'high'
      : vacancySoon || readyNow.length === 0
        ? 'medium'
        : overcommitted.length > 0
          ? 'low'
          : 'none';
  if (level === 'high' && readyNow.length > 0)
    reasons.push('every ready-now successor is also named for other posts');
  const out: PostSuccessionRisk = {
    postId: post.id,
    title: post.title,
    organisationId: post.organisationId,
    flags,
    level,
    successors: people.length,
    readyNow: readyNow.length,
    overcommitted,
    reasons,
  };
  if (vacancyDay !== undefined) out.daysToVacancy = vacancyDay - today;
  return out;
}

/**
 * Assesses succession risk on `asOf`. Levels: `high` = vacancy within 12 months with no ready-now
 * successor free of other commitments; `medium` = vacancy within 12 months, or no ready-now successor;
 * `low` = only an overcommitted successor; `none` otherwise.
 */
export function assessSuccessionRisk(
  posts: readonly PostForRisk[],
  plans: readonly PlanForRisk[],
  asOf: string,
): SuccessionRiskReport {
  const today = dayNumber(asOf, 'asOf');
  const horizon = dayNumber(addMonths(asOf, 12, 'asOf'));
  const index = successorIndex(posts, plans);

  const assessed = [...posts]
    .sort((a, b) => cmp(a.id, b.id))
    .map((post) => assessPost(post, index, today, horizon));

  const nationalRiskList = assessed.filter((p) => p.level !== 'none').sort(bySeverity);
  return { asOf, posts: assessed, nationalRiskList, unknownPostIds: [...index.unknown].sort(cmp) };
}

/** Most severe first: level, number of flags, nearest vacancy (undated last), fewest ready now, title, id. */
function bySeverity(a: PostSuccessionRisk, b: PostSuccessionRisk): number {
  const da = a.daysToVacancy ?? Number.POSITIVE_INFINITY;
  const db = b.daysToVacancy ?? Number.POSITIVE_INFINITY;
  return (
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    b.flags.length - a.flags.length ||
    (da === db ? 0 : da < db ? -1 : 1) ||
    a.readyNow - b.readyNow ||
    cmp(a.title, b.title) ||
    cmp(a.postId, b.postId)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
