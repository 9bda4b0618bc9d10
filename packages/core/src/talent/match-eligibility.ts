import { ValidationError } from '../errors/domain-error.js';
import type { CoachKind } from './coach.js';
import type { MenteePreferences } from './mentee.js';
import { ethnicGroupOf, isStated } from './protected-characteristics.js';

/** What the matcher reads of a coach or mentor record. */
export interface MatchCoach {
  id: string;
  kind: CoachKind;
  organisationId: string;
  expertise: readonly string[];
  capacity: number;
  sex?: string | undefined;
  ethnicity?: string | undefined;
}

/** What the matcher reads of a mentee record. */
export interface MatchMentee {
  id: string;
  organisationId: string;
  needs: readonly string[];
  preferences?: MenteePreferences | undefined;
  seeks?: CoachKind | undefined;
  sex?: string | undefined;
  ethnicity?: string | undefined;
}

export interface MatchOptions {
  /** Candidate coaches kept per mentee for the optimal matcher, best skills fit first (default 40). */
  candidatesPerMentee?: number;
  /** `group` (default): same broad ONS ethnic group satisfies `sameEthnicity`; `category`: the same 2011 category. */
  ethnicityMatch?: 'group' | 'category';
}

/** Why a coach cannot be paired with a mentee (hard constraints). */
export type IneligibilityReason =
  | 'same_organisation'
  | 'no_capacity'
  | 'kind'
  | 'mentee_sex_not_recorded'
  | 'sex_differs'
  | 'mentee_ethnicity_not_recorded'
  | 'ethnicity_differs';

const normalise = (s: string) => s.trim().toLowerCase();

/** Skills fit: the Jaccard index of a mentee's needs and a coach's expertise (case-insensitive), 0 when both are empty. */
export function skillsScore(needs: readonly string[], expertise: readonly string[]): number {
  const a = new Set(needs.map(normalise));
  const b = new Set(expertise.map(normalise));
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

function ethnicityKey(value: string | undefined, mode: 'group' | 'category'): string | undefined {
  if (!isStated(value)) return undefined;
  if (mode === 'category') return value;
  const group = ethnicGroupOf(value);
  return group === 'not_stated' ? undefined : group;
}

/** The hard constraints a coach fails for a mentee; empty when the pair is allowed. */
export function eligibilityProblems(
  mentee: MatchMentee,
  coach: MatchCoach,
  options: MatchOptions = {},
): IneligibilityReason[] {
  const out: IneligibilityReason[] = [];
  if (coach.organisationId === mentee.organisationId) out.push('same_organisation');
  if (!(Math.floor(coach.capacity) >= 1)) out.push('no_capacity');
  if (mentee.seeks !== undefined && coach.kind !== mentee.seeks) out.push('kind');
  if (mentee.preferences?.sameSex) {
    if (!isStated(mentee.sex)) out.push('mentee_sex_not_recorded');
    else if (coach.sex !== mentee.sex) out.push('sex_differs');
  }
  if (mentee.preferences?.sameEthnicity) {
    const mode = options.ethnicityMatch ?? 'group';
    const want = ethnicityKey(mentee.ethnicity, mode);
    if (want === undefined) out.push('mentee_ethnicity_not_recorded');
    else if (ethnicityKey(coach.ethnicity, mode) !== want) out.push('ethnicity_differs');
  }
  return out;
}

/** Integer skills score used as edge weight: Jaccard x 1,000,000, rounded. */
export const SCORE_UNITS = 1_000_000;

/**
 * Mentees and coaches sorted by id and encoded in typed arrays, so that the 5,000 x 1,000 pair
 * checks of a national run stay cheap. Not exported from the package.
 */
export class MatchModel {
  readonly mentees: MatchMentee[];
  readonly coaches: MatchCoach[];
  private readonly words: number;
  private readonly menteeBits: Uint32Array;
  private readonly coachBits: Uint32Array;
  private readonly menteeSize: Int32Array;
  private readonly coachSize: Int32Array;
  private readonly menteeOrg: Int32Array;
  private readonly coachOrg: Int32Array;
  private readonly menteeWant: Int32Array; // [seeks, sex, ethnicity] per mentee: -1 any, -2 impossible
  private readonly coachHas: Int32Array; // [kind, sex, ethnicity] per coach: -3 unknown
  readonly capacity: Int32Array;
  private readonly menteeHash: Int32Array;
  private readonly coachHash: Int32Array;

  constructor(
    mentees: readonly MatchMentee[],
    coaches: readonly MatchCoach[],
    options: MatchOptions = {},
  ) {
    this.mentees = sortById(mentees, 'mentee');
    this.coaches = sortById(coaches, 'coach');
    const mode = options.ethnicityMatch ?? 'group';
    const intern = new Map<string, number>();
    const id = (s: string) => {
      const known = intern.get(s);
      if (known !== undefined) return known;
      intern.set(s, intern.size);
      return intern.size - 1;
    };
    const vocabulary = new Map<string, number>();
    for (const m of this.mentees)
      for (const s of m.needs)
        if (!vocabulary.has(normalise(s))) vocabulary.set(normalise(s), vocabulary.size);
    for (const c of this.coaches)
      for (const s of c.expertise)
        if (!vocabulary.has(normalise(s))) vocabulary.set(normalise(s), vocabulary.size);
    this.words = Math.max(1, Math.ceil(vocabulary.size / 32));
    const encode = (skills: readonly string[], bits: Uint32Array, at: number) => {
      let count = 0;
      for (const s of skills) {
        const k = vocabulary.get(normalise(s))!;
        const w = at * this.words + (k >>> 5);
        const mask = 1 << (k & 31);
        if ((bits[w]! & mask) === 0) count++;
        bits[w] = bits[w]! | mask;
      }
      return count;
    };
    const M = this.mentees.length;
    const C = this.coaches.length;
    this.menteeBits = new Uint32Array(M * this.words);
    this.coachBits = new Uint32Array(C * this.words);
    this.menteeSize = new Int32Array(M);
    this.coachSize = new Int32Array(C);
    this.menteeOrg = new Int32Array(M);
    this.coachOrg = new Int32Array(C);
    this.menteeWant = new Int32Array(3 * M);
    this.coachHas = new Int32Array(3 * C);
    this.capacity = new Int32Array(C);
    this.menteeHash = new Int32Array(M);
    this.coachHash = new Int32Array(C);
    const attr = (v: string | undefined) => (v === undefined ? -3 : id(`attr:${v}`));
    this.coaches.forEach((c, i) => {
      this.coachSize[i] = encode(c.expertise, this.coachBits, i);
      this.coachOrg[i] = id(`org:${c.organisationId}`);
      this.coachHas[3 * i] = id(`kind:${c.kind}`);
      this.coachHas[3 * i + 1] = attr(isStated(c.sex) ? c.sex : undefined);
      this.coachHas[3 * i + 2] = attr(ethnicityKey(c.ethnicity, mode));
      this.capacity[i] = Number.isFinite(c.capacity)
        ? Math.min(Math.max(0, Math.floor(c.capacity)), 2 ** 30)
        : 0;
      this.coachHash[i] = fnv1a(c.id);
    });
    this.mentees.forEach((m, i) => {
      this.menteeSize[i] = encode(m.needs, this.menteeBits, i);
      this.menteeOrg[i] = id(`org:${m.organisationId}`);
      this.menteeWant[3 * i] = m.seeks === undefined ? -1 : id(`kind:${m.seeks}`);
      const sex = isStated(m.sex) ? attr(m.sex) : -2;
      const eth = ethnicityKey(m.ethnicity, mode);
      this.menteeWant[3 * i + 1] = m.preferences?.sameSex ? sex : -1;
      this.menteeWant[3 * i + 2] = m.preferences?.sameEthnicity
        ? eth === undefined
          ? -2
          : attr(eth)
        : -1;
      this.menteeHash[i] = fnv1a(m.id);
    });
  }

  /** Whether coach `c` may take mentee `m` (capacity > 0 included; current load is the caller's). */
  eligible(m: number, c: number): boolean {
    if (this.capacity[c] === 0 || this.menteeOrg[m] === this.coachOrg[c]) return false;
    for (let k = 0; k < 3; k++) {
      const want = this.menteeWant[3 * m + k]!;
      if (want !== -1 && want !== this.coachHas[3 * c + k]) return false;
    }
    return true;
  }

  /** Exact Jaccard score of a pair. */
  score(m: number, c: number): number {
    let shared = 0;
    for (let w = 0; w < this.words; w++)
      shared += popcount(
        this.menteeBits[m * this.words + w]! & this.coachBits[c * this.words + w]!,
      );
    const union = this.menteeSize[m]! + this.coachSize[c]! - shared;
    return union === 0 ? 0 : shared / union;
  }

  /** The score as an integer edge weight. */
  units(m: number, c: number): number {
    return Math.round(this.score(m, c) * SCORE_UNITS);
  }

  /** A pseudo-random but deterministic tie-breaker for a pair (spreads equal scores over coaches). */
  tie(m: number, c: number): number {
    let h = Math.imul(this.menteeHash[m]! ^ Math.imul(this.coachHash[c]!, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  /** The skills shared by a pair, as the mentee wrote them. */
  sharedSkills(m: number, c: number): string[] {
    const expertise = new Set(this.coaches[c]!.expertise.map(normalise));
    return [...new Set(this.mentees[m]!.needs.filter((s) => expertise.has(normalise(s))))];
  }
}

function sortById<T extends { id: string }>(items: readonly T[], what: string): T[] {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id)
      throw new ValidationError(`duplicate ${what} id ${sorted[i]!.id}`, [
        { path: [what, sorted[i]!.id], message: 'duplicate id' },
      ]);
  }
  return sorted;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
