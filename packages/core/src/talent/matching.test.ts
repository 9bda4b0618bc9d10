import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { greedyMatch, matchMentees, type MatchResult } from './matching.js';
import {
  eligibilityProblems,
  skillsScore,
  type MatchCoach,
  type MatchMentee,
} from './match-eligibility.js';
import { ValidationError } from '../errors/domain-error.js';

const coach = (
  id: string,
  organisationId: string,
  expertise: string[],
  capacity = 1,
  extra: Partial<MatchCoach> = {},
): MatchCoach => ({
  id,
  kind: 'coach',
  organisationId,
  expertise,
  capacity,
  ...extra,
});
const mentee = (
  id: string,
  organisationId: string,
  needs: string[],
  extra: Partial<MatchMentee> = {},
): MatchMentee => ({ id, organisationId, needs, ...extra });
const pairs = (r: MatchResult) => r.matches.map((m) => `${m.menteeId}->${m.coachId}`);

describe('matchMentees', () => {
  it('pairs by skills fit across organisations and explains each match', () => {
    const r = matchMentees(
      [
        mentee('m1', 'org-a', ['Finance', 'strategy']),
        mentee('m2', 'org-b', ['quality improvement']),
      ],
      [
        coach('c1', 'org-b', ['finance', 'Strategy', 'boards'], 1),
        coach('c2', 'org-a', ['quality improvement'], 2),
      ],
    );
    expect(pairs(r)).toEqual(['m1->c1', 'm2->c2']);
    expect(r.matches[0]).toEqual({
      menteeId: 'm1',
      coachId: 'c1',
      score: 2 / 3,
      reasons: [
        'coach from another organisation (org-b)',
        'skills fit 0.67: 2 of 2 needs in their expertise (Finance, strategy)',
        "1 of the coach's 1 place(s) allocated",
      ],
    });
    expect(r.totalScore).toBeCloseTo(2 / 3 + 1, 12);
    expect(r.unmatched).toEqual([]);
  });

  it('matches more mentees than the greedy baseline when places are contested', () => {
    // a takes x greedily (0.5 > 0.33), leaving b (who cannot have y: same organisation) without a coach
    const mentees = [mentee('a', 'o1', ['s1']), mentee('b', 'o2', ['s1', 's2'])];
    const coaches = [coach('x', 'o3', ['s1']), coach('y', 'o2', ['s1', 's3'])];
    expect(pairs(greedyMatch(mentees, coaches))).toEqual(['a->x']);
    const r = matchMentees(mentees, coaches);
    expect(pairs(r)).toEqual(['a->y', 'b->x']);
  });

  it('maximises total fit when everyone can be matched', () => {
    // greedy: p takes x (1.0), q gets y (0.0); better: p->y (0.5), q->x (1.0)
    const mentees = [mentee('p', 'o1', ['s1', 's2']), mentee('q', 'o1', ['s1'])];
    const coaches = [coach('x', 'o2', ['s1']), coach('y', 'o2', ['s2'])];
    expect(greedyMatch(mentees, coaches).totalScore).toBeCloseTo(0.5, 12);
    const r = matchMentees(mentees, coaches);
    expect(pairs(r)).toEqual(['p->y', 'q->x']);
    expect(r.totalScore).toBeCloseTo(1.5, 12);
  });

  it('honours same-sex, same-ethnicity and the kind sought as hard constraints', () => {
    const coaches = [
      coach('c-f', 'o2', ['s'], 5, { sex: 'female', ethnicity: 'black_caribbean', kind: 'mentor' }),
      coach('c-m', 'o2', ['s'], 5, { sex: 'male', ethnicity: 'white_british' }),
    ];
    const mentees = [
      mentee('m1', 'o1', ['s'], { sex: 'male', preferences: { sameSex: true } }),
      mentee('m2', 'o1', ['s'], {
        ethnicity: 'black_african',
        preferences: { sameEthnicity: true },
      }),
      mentee('m3', 'o1', ['s'], { seeks: 'mentor' }),
      mentee('m4', 'o1', ['s'], { preferences: { sameSex: true } }),
      mentee('m5', 'o1', ['s'], { sex: 'not_stated', preferences: { sameSex: true } }),
    ];
    const r = matchMentees(mentees, coaches);
    expect(pairs(r)).toEqual(['m1->c-m', 'm2->c-f', 'm3->c-f']);
    expect(r.matches[0]!.reasons).toContain('same sex, as the mentee asked');
    expect(r.matches[1]!.reasons).toContain('same ethnic group, as the mentee asked');
    expect(r.matches[2]!.reasons).toContain('a mentor, as sought');
    expect(r.unmatched).toEqual([
      {
        menteeId: 'm4',
        reasons: ["unusable: same-sex preference set but the mentee's sex is not recorded"],
      },
      {
        menteeId: 'm5',
        reasons: ["unusable: same-sex preference set but the mentee's sex is not recorded"],
      },
    ]);
    // by category, Black African and Black Caribbean differ
    expect(pairs(matchMentees([mentees[1]!], coaches, { ethnicityMatch: 'category' }))).toEqual([]);
  });

  it('never exceeds capacity, skips coaches with none, and says why mentees are left over', () => {
    const r = matchMentees(
      [
        mentee('a', 'o1', ['s', 't']),
        mentee('b', 'o1', ['s', 't']),
        mentee('c', 'o2', ['s'], { seeks: 'coach' }),
        mentee('d', 'o3', ['s'], { seeks: 'coach' }),
      ],
      [
        coach('x', 'o2', ['s'], 1),
        coach('z', 'o3', ['s'], 0),
        coach('w', 'o3', ['s', 't'], 1, { kind: 'mentor' }),
      ],
    );
    // d can only have x; a and b compete for w (x's one place is better used by d)
    expect(pairs(r).filter((p) => p !== 'a->w' && p !== 'b->w')).toEqual(['d->x']);
    expect(r.matches).toHaveLength(2);
    const left = Object.fromEntries(r.unmatched.map((u) => [u.menteeId, u.reasons]));
    expect(Object.keys(left)).toHaveLength(2);
    expect(left['c']).toEqual([
      'no allowed coach among 3: 1 in the same organisation; 1 with no capacity; 1 not of the kind sought',
    ]);
    expect((left['a'] ?? left['b'])![0]).toMatch(
      /^all places with the 2 allowed coach\(es\) went to other mentees/,
    );
    expect(matchMentees([mentee('a', 'o1', [])], []).unmatched).toEqual([
      { menteeId: 'a', reasons: ['no coach or mentor on the register'] },
    ]);
    expect(matchMentees([], [coach('x', 'o', [])])).toEqual({
      matches: [],
      unmatched: [],
      totalScore: 0,
    });
  });

  it('stays maximal when candidate edges are cut short', () => {
    // with one candidate each, everybody's best is x; y is filled by the final pass
    const mentees = [mentee('a', 'o1', ['s1']), mentee('b', 'o1', ['s1'])];
    const coaches = [coach('x', 'o2', ['s1']), coach('y', 'o2', ['s2'])];
    expect(matchMentees(mentees, coaches, { candidatesPerMentee: 1 }).matches).toHaveLength(2);
    expect(() => matchMentees(mentees, coaches, { candidatesPerMentee: 0 })).toThrow(RangeError);
  });

  it('rejects duplicate ids', () => {
    expect(() => matchMentees([mentee('a', 'o', []), mentee('a', 'o', [])], [])).toThrow(
      ValidationError,
    );
    expect(() => greedyMatch([], [coach('x', 'o', []), coach('x', 'p', [])])).toThrow(
      ValidationError,
    );
  });

  it('scores skills by Jaccard, case-insensitively', () => {
    expect(skillsScore(['A', 'b'], ['a', 'c'])).toBeCloseTo(1 / 3, 12);
    expect(skillsScore([], [])).toBe(0);
    expect(skillsScore(['x', 'X '], ['x'])).toBe(1);
    expect(
      eligibilityProblems(mentee('m', 'o', [], { seeks: 'mentor' }), coach('c', 'o', [], 0)),
    ).toEqual(['same_organisation', 'no_capacity', 'kind']);
  });
});

// ---- properties ---------------------------------------------------------------------------------
const SKILLS = ['s1', 's2', 's3', 's4', 's5'];
const arbSex = fc.constantFrom<string | undefined>('female', 'male', 'not_stated', undefined);
const arbEthnicity = fc.constantFrom<string | undefined>(
  'white_british',
  'white_irish',
  'asian_indian',
  'black_african',
  'not_stated',
  undefined,
);
const arbCoaches = (max: number) =>
  fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom('coach' as const, 'mentor' as const),
      organisationId: fc.constantFrom('o1', 'o2', 'o3'),
      expertise: fc.subarray(SKILLS),
      capacity: fc.integer({ min: 0, max: 3 }),
      sex: arbSex,
      ethnicity: arbEthnicity,
    }),
    { selector: (c) => c.id, maxLength: max },
  );
const arbMentees = (max: number) =>
  fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      organisationId: fc.constantFrom('o1', 'o2', 'o3'),
      needs: fc.subarray(SKILLS),
      preferences: fc.record(
        { sameSex: fc.boolean(), sameEthnicity: fc.boolean() },
        { requiredKeys: [] },
      ),
      seeks: fc.constantFrom<'coach' | 'mentor' | undefined>('coach', 'mentor', undefined),
      sex: arbSex,
      ethnicity: arbEthnicity,
    }),
    { selector: (m) => m.id, maxLength: max },
  );

// Independent statement of the hard constraints.
const stated = (v: string | undefined) => v !== undefined && v !== 'not_stated';
const group = (e: string | undefined) => (stated(e) ? e!.split('_')[0] : undefined);
function allowed(m: MatchMentee, c: MatchCoach): boolean {
  if (m.organisationId === c.organisationId || c.capacity <= 0) return false;
  if (m.seeks && m.seeks !== c.kind) return false;
  if (m.preferences?.sameSex && !(stated(m.sex) && m.sex === c.sex)) return false;
  if (
    m.preferences?.sameEthnicity &&
    !(group(m.ethnicity) !== undefined && group(m.ethnicity) === group(c.ethnicity))
  )
    return false;
  return true;
}
const jaccard = (a: readonly string[], b: readonly string[]) => {
  const A = new Set(a);
  const B = new Set(b);
  const inter = [...A].filter((x) => B.has(x)).length;
  return A.size + B.size - inter === 0 ? 0 : inter / (A.size + B.size - inter);
};
const units = (m: MatchMentee, c: MatchCoach) =>
  Math.round(jaccard(m.needs, c.expertise) * 1_000_000);

function checkValid(r: MatchResult, mentees: MatchMentee[], coaches: MatchCoach[]): void {
  const byId = new Map(coaches.map((c) => [c.id, c]));
  const load = new Map<string, number>();
  for (const x of r.matches) {
    const m = mentees.find((y) => y.id === x.menteeId)!;
    const c = byId.get(x.coachId)!;
    expect(allowed(m, c)).toBe(true);
    expect(x.score).toBeCloseTo(jaccard(m.needs, c.expertise), 12);
    load.set(c.id, (load.get(c.id) ?? 0) + 1);
  }
  for (const [id, n] of load) expect(n).toBeLessThanOrEqual(byId.get(id)!.capacity);
  const seen = [...r.matches.map((x) => x.menteeId), ...r.unmatched.map((x) => x.menteeId)].sort();
  expect(seen).toEqual(mentees.map((m) => m.id).sort());
  // maximal: nobody left over while an allowed coach has a free place
  for (const u of r.unmatched) {
    const m = mentees.find((y) => y.id === u.menteeId)!;
    expect(coaches.some((c) => allowed(m, c) && (load.get(c.id) ?? 0) < c.capacity)).toBe(false);
    expect(u.reasons.length).toBeGreaterThan(0);
  }
}

const shuffled = <T>(xs: T[], seed: number): T[] => {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

describe('matching properties', () => {
  it('both matchers: same organisation never, capacity never exceeded, preferences honoured, maximal', () => {
    fc.assert(
      fc.property(
        arbMentees(12),
        arbCoaches(6),
        fc.integer({ min: 1, max: 4 }),
        (mentees, coaches, k) => {
          checkValid(matchMentees(mentees, coaches, { candidatesPerMentee: k }), mentees, coaches);
          checkValid(greedyMatch(mentees, coaches), mentees, coaches);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('deterministic: the same records in any order give the same result', () => {
    fc.assert(
      fc.property(
        arbMentees(12),
        arbCoaches(6),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (mentees, coaches, seed, k) => {
          const a = matchMentees(mentees, coaches, { candidatesPerMentee: k });
          expect(
            matchMentees(shuffled(mentees, seed), shuffled(coaches, seed + 1), {
              candidatesPerMentee: k,
            }),
          ).toEqual(a);
          expect(greedyMatch(shuffled(mentees, seed + 2), shuffled(coaches, seed + 3))).toEqual(
            greedyMatch(mentees, coaches),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('optimal: most mentees matched, then the best total fit (brute force on small registers)', () => {
    fc.assert(
      fc.property(arbMentees(5), arbCoaches(3), (mentees, coaches) => {
        // enumerate every assignment (each mentee: nobody or an allowed coach), keep the best (count, units)
        let best = [0, 0];
        const load = coaches.map(() => 0);
        const visit = (i: number, count: number, total: number) => {
          if (i === mentees.length) {
            if (count > best[0]! || (count === best[0] && total > best[1]!)) best = [count, total];
            return;
          }
          visit(i + 1, count, total);
          coaches.forEach((c, j) => {
            if (!allowed(mentees[i]!, c) || load[j]! >= c.capacity) return;
            load[j]!++;
            visit(i + 1, count + 1, total + units(mentees[i]!, c));
            load[j]!--;
          });
        };
        visit(0, 0, 0);
        const r = matchMentees(mentees, coaches);
        const got = r.matches.reduce(
          (a, x) =>
            a +
            units(
              mentees.find((m) => m.id === x.menteeId)!,
              coaches.find((c) => c.id === x.coachId)!,
            ),
          0,
        );
        expect([r.matches.length, got]).toEqual(best);
        const g = greedyMatch(mentees, coaches);
        expect(r.matches.length).toBeGreaterThanOrEqual(g.matches.length);
        if (r.matches.length === g.matches.length)
          expect(r.totalScore).toBeGreaterThanOrEqual(g.totalScore - 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});
