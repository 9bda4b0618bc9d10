/**
 * Talent benchmarks: coach/mentor matching at national scale (5,000 mentees x 1,000 coaches)
 * against the greedy baseline, and suppressed diversity aggregates over 200,000 participants.
 * Run: pnpm exec tsx --conditions=@tessera/source packages/core/bench/talent.bench.ts
 * Pure computation on generated data (seeded), so figures are comparable between runs.
 */
import {
  AGE_BANDS,
  DISABILITY_CATEGORIES,
  ETHNICITY_CATEGORIES,
  RELIGION_CATEGORIES,
  SEXUAL_ORIENTATION_CATEGORIES,
  PROTECTED_CHARACTERISTICS,
  diversityTable,
  DEFAULT_CANDIDATES_PER_MENTEE,
  ethnicGroupOf,
  greedyMatch,
  isSuppressed,
  matchMentees,
  type MatchCoach,
  type MatchMentee,
  type MatchResult,
  type DiversityTable,
} from '../src/talent/index.js';
import { Prng } from '../src/random/prng.js';

/** Core's seeded PRNG, so every run draws the same data. */
function rng(seed: number): () => number {
  const p = new Prng(seed);
  return () => p.next();
}
const random = rng(20150601);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
function weighted<T>(pairs: readonly [T, number][]): T {
  const total = pairs.reduce((a, [, w]) => a + w, 0);
  let r = random() * total;
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1]![0];
}
const sample = (xs: readonly string[], n: number) => {
  const out = new Set<string>();
  while (out.size < Math.min(n, xs.length)) out.add(pick(xs));
  return [...out];
};
const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

// ---- matching ---------------------------------------------------------------------------------
const SKILLS = Array.from({ length: 30 }, (_, i) => `skill-${String(i).padStart(2, '0')}`);
const ORGS = Array.from({ length: 300 }, (_, i) => `org-${i}`);
const sexOf = () =>
  weighted<'female' | 'male' | 'not_stated'>([
    ['female', 0.76],
    ['male', 0.22],
    ['not_stated', 0.02],
  ]);
const ethnicityOf = () => (random() < 0.8 ? 'white_british' : pick(ETHNICITY_CATEGORIES));

const coaches: MatchCoach[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `coach-${String(i).padStart(4, '0')}`,
  kind: random() < 0.5 ? 'coach' : 'mentor',
  organisationId: pick(ORGS),
  expertise: sample(SKILLS, int(2, 6)),
  capacity: int(1, 8),
  sex: sexOf(),
  ethnicity: ethnicityOf(),
}));
const mentees: MatchMentee[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `mentee-${String(i).padStart(5, '0')}`,
  organisationId: pick(ORGS),
  needs: sample(SKILLS, int(1, 4)),
  preferences: { sameSex: random() < 0.15, sameEthnicity: random() < 0.1 },
  seeks: weighted<'coach' | 'mentor' | undefined>([
    ['coach', 0.3],
    ['mentor', 0.2],
    [undefined, 0.5],
  ]),
  sex: sexOf(),
  ethnicity: ethnicityOf(),
}));
const places = coaches.reduce((a, c) => a + c.capacity, 0);

const summary = (r: MatchResult) =>
  `${r.matches.length} matched, ${r.unmatched.length} unmatched, total fit ${r.totalScore.toFixed(1)}, mean fit ${(r.totalScore / Math.max(1, r.matches.length)).toFixed(3)}`;
console.log(`matching: ${mentees.length} mentees x ${coaches.length} coaches (${places} places)`);
greedyMatch(mentees.slice(0, 200), coaches); // warm-up
matchMentees(mentees.slice(0, 200), coaches);
const [greedy, greedyMs] = time(() => greedyMatch(mentees, coaches));
console.log(`  greedy baseline          ${ms(greedyMs).padStart(8)}  ${summary(greedy)}`);
const [optimal, optimalMs] = time(() => matchMentees(mentees, coaches));
console.log(
  `  min-cost flow (k=${DEFAULT_CANDIDATES_PER_MENTEE})     ${ms(optimalMs).padStart(8)}  ${summary(optimal)}`,
);
console.log(
  `  time ratio flow/greedy   ${(optimalMs / greedyMs).toFixed(1)}x; ${optimal.matches.length - greedy.matches.length >= 0 ? '+' : ''}${optimal.matches.length - greedy.matches.length} mentees matched, total fit ${((optimal.totalScore / greedy.totalScore - 1) * 100).toFixed(1)}% higher`,
);
const [fast, fastMs] = time(() => matchMentees(mentees, coaches, { candidatesPerMentee: 10 }));
console.log(`  min-cost flow (k=10)     ${ms(fastMs).padStart(8)}  ${summary(fast)}`);

// A scarcer register: half the places, so who gets one matters more.
const scarce = coaches.map((c) => ({ ...c, capacity: Math.ceil(c.capacity / 2) }));
const [greedyScarce, greedyScarceMs] = time(() => greedyMatch(mentees, scarce));
const [optimalScarce, optimalScarceMs] = time(() => matchMentees(mentees, scarce));
console.log(`matching, capacity halved (${scarce.reduce((a, c) => a + c.capacity, 0)} places)`);
console.log(
  `  greedy baseline          ${ms(greedyScarceMs).padStart(8)}  ${summary(greedyScarce)}`,
);
console.log(
  `  min-cost flow (k=${DEFAULT_CANDIDATES_PER_MENTEE})     ${ms(optimalScarceMs).padStart(8)}  ${summary(optimalScarce)}`,
);
console.log(`  time ratio flow/greedy   ${(optimalScarceMs / greedyScarceMs).toFixed(1)}x`);

// ---- diversity aggregates ---------------------------------------------------------------------
const LDPS = [
  'north-east',
  'north-west',
  'yorkshire-humber',
  'east-midlands',
  'west-midlands',
  'east-of-england',
  'london',
  'kss',
  'thames-valley-wessex',
  'south-west',
];
const PROGRAMMES = [
  'edward-jenner',
  'mary-seacole',
  'elizabeth-garrett-anderson',
  'nye-bevan',
  'aspiring-chief-executive',
  'top-leaders',
  'ready-now',
  'gmts',
];
interface Person {
  ldp: string;
  programme: string;
  sex: string;
  ageBand: string;
  ethnicity: string;
  disability: string;
  sexualOrientation: string;
  religion: string;
}
const N = 200_000;
const people: Person[] = Array.from({ length: N }, () => ({
  ldp: pick(LDPS),
  programme: weighted(
    PROGRAMMES.map((p, i) => [p, i < 3 ? 10 : i === 5 || i === 6 ? 0.05 : 1] as [string, number]),
  ),
  sex: sexOf(),
  ageBand: pick(AGE_BANDS),
  ethnicity: ethnicityOf(),
  disability: pick(DISABILITY_CATEGORIES),
  sexualOrientation: weighted(
    SEXUAL_ORIENTATION_CATEGORIES.map((c, i) => [c, i === 0 ? 90 : 2] as [string, number]),
  ),
  religion: pick(RELIGION_CATEGORIES),
}));
console.log(`diversity: ${N.toLocaleString('en-GB')} participants, threshold 10`);
const [, allMs] = time(() => {
  for (const characteristic of PROTECTED_CHARACTERISTICS) {
    diversityTable(people, { characteristic, groupOf: (p) => p.ldp });
    diversityTable(people, { characteristic, groupOf: (p) => p.programme });
  }
});
const [byProgramme, oneMs] = time(() =>
  diversityTable(people, { characteristic: 'ethnicity', groupOf: (p) => p.programme }),
);
const [byGroup, groupMs] = time(() =>
  diversityTable(people, {
    characteristic: 'ethnicity',
    recode: ethnicGroupOf,
    groupOf: (p) => `${p.ldp}/${p.programme}`,
  }),
);
const hidden = (t: DiversityTable) =>
  `${t.cells.flat().filter(isSuppressed).length}/${t.cells.flat().length} cells suppressed`;
console.log(
  `  ethnicity (19) x programme (8)        ${ms(oneMs).padStart(8)}  ${hidden(byProgramme)}`,
);
console.log(
  `  ethnic group (6) x LDP x programme (80) ${ms(groupMs).padStart(6)}  ${hidden(byGroup)}`,
);
console.log(`  6 characteristics x (LDP, programme)  ${ms(allMs).padStart(8)}  (12 tables)`);
