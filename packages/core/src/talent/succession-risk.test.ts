import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessSuccessionRisk, type PlanForRisk, type PostForRisk } from './succession-risk.js';
import { ValidationError } from '../errors/domain-error.js';

const post = (id: string, title: string, extra: Partial<PostForRisk> = {}): PostForRisk => ({
  id,
  title,
  organisationId: `org-${id}`,
  ...extra,
});

describe('assessSuccessionRisk', () => {
  const posts: PostForRisk[] = [
    post('P01', 'Chief Executive, Trust A', { expectedVacancyDate: '2025-12-31' }),
    post('P02', 'Finance Director, Trust B'),
    post('P03', 'Medical Director, Trust C', { expectedVacancyDate: '2026-06-30' }), // exactly 12 months
    post('P04', 'Director of Nursing, Trust D', { expectedVacancyDate: '2026-07-01' }), // one day beyond
    post('P05', 'Accountable Officer, CCG E', { incumbentLikelyToLeave: true }),
    post('P06', 'Chief Operating Officer, Trust F', { incumbentLikelyToLeave: false }),
    post('P07', 'Director of Strategy, Trust G', { expectedVacancyDate: '2025-01-01' }), // already past
    post('P08', 'Chief Executive, Trust H'),
  ];
  const plans: PlanForRisk[] = [
    { postId: 'P01', successors: [{ personRef: 'S1', readiness: 'ready_now' }] },
    { postId: 'P03', successors: [{ personRef: 'S2', readiness: '1_2_years' }] },
    { postId: 'P04', successors: [{ personRef: 'S3', readiness: 'ready_now' }] },
    { postId: 'P05', successors: [{ personRef: 'S4', readiness: 'ready_now' }] },
    {
      postId: 'P06',
      successors: [
        { personRef: 'S4', readiness: '1_2_years' },
        { personRef: 'S5', readiness: 'ready_now' },
      ],
    },
    {
      postId: 'P07',
      successors: [
        { personRef: 'S6', readiness: 'ready_now' },
        { personRef: 'S6', readiness: '3_5_years' },
      ],
    },
    { postId: 'P07', successors: [{ personRef: 'S6', readiness: '1_2_years' }] }, // a second plan, same person: one post
    {
      postId: 'P08',
      successors: [
        { personRef: 'S7', readiness: 'ready_now' },
        { personRef: 'S8', readiness: '3_5_years' },
      ],
    },
    { postId: 'P99', successors: [{ personRef: 'S5', readiness: 'ready_now' }] }, // no such post: ignored
  ];
  const report = assessSuccessionRisk(posts, plans, '2025-06-30');
  const withFlag = (flag: string) =>
    report.posts.filter((p) => p.flags.includes(flag as never)).map((p) => p.postId);

  it('flags exactly the posts meeting each condition', () => {
    expect(withFlag('no_ready_now_successor')).toEqual(['P02', 'P03']);
    expect(withFlag('vacancy_within_12_months')).toEqual(['P01', 'P03', 'P05', 'P07']);
    expect(withFlag('successor_overcommitted')).toEqual(['P05', 'P06']);
    expect(Object.fromEntries(report.posts.map((p) => [p.postId, p.level]))).toEqual({
      P01: 'medium',
      P02: 'medium',
      P03: 'high',
      P04: 'none',
      P05: 'high', // its only ready-now successor is also counted on for P06
      P06: 'low',
      P07: 'medium',
      P08: 'none',
    });
    expect(report.unknownPostIds).toEqual(['P99']);
  });

  it('lists the posts at risk, most severe first, with reasons', () => {
    expect(report.nationalRiskList.map((p) => p.postId)).toEqual([
      'P03',
      'P05',
      'P07',
      'P01',
      'P02',
      'P06',
    ]);
    const byId = Object.fromEntries(report.posts.map((p) => [p.postId, p]));
    expect(byId['P03']!.reasons).toEqual([
      'no successor ready now (1 ready in 1-2 years)',
      'vacancy expected 2026-06-30 (in 365 days)',
    ]);
    expect(byId['P05']!.reasons).toEqual([
      'incumbent likely to leave',
      'successor S4 is named for 2 posts',
      'every ready-now successor is also named for other posts',
    ]);
    expect(byId['P07']).toMatchObject({
      successors: 1,
      readyNow: 1,
      daysToVacancy: -180,
      reasons: ['vacancy expected 2025-01-01, already past'],
    });
    expect(byId['P02']).toMatchObject({
      successors: 0,
      readyNow: 0,
      reasons: ['no successor named'],
    });
    expect(byId['P06']!.overcommitted).toEqual([{ personRef: 'S4', posts: 2 }]);
    expect(byId['P04']).toMatchObject({ flags: [], daysToVacancy: 366, reasons: [] });
  });

  it('rejects a bad date', () => {
    expect(() => assessSuccessionRisk([], [], '30/06/2025')).toThrow(ValidationError);
    expect(() =>
      assessSuccessionRisk(
        [post('x', 'X', { expectedVacancyDate: '2025-02-30' })],
        [],
        '2025-06-30',
      ),
    ).toThrow(ValidationError);
  });

  const arbCase = fc
    .record({
      posts: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
          title: fc.constantFrom('CEO', 'FD', 'MD'),
          organisationId: fc.constant('o'),
          expectedVacancyDate: fc.option(fc.integer({ min: -400, max: 800 }), { nil: undefined }),
          incumbentLikelyToLeave: fc.option(fc.boolean(), { nil: undefined }),
        }),
        { selector: (p) => p.id, maxLength: 6 },
      ),
      plans: fc.array(
        fc.record({
          postId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'z'),
          successors: fc.array(
            fc.record({
              personRef: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
              readiness: fc.constantFrom(
                'ready_now' as const,
                '1_2_years' as const,
                '3_5_years' as const,
              ),
            }),
            { maxLength: 3 },
          ),
        }),
        { maxLength: 8 },
      ),
    })
    .map(({ posts, plans }) => ({
      // vacancy dates as day offsets from 2024-02-29 (a leap day: 12 months later is 2025-02-28)
      posts: posts.map((p) => ({
        ...p,
        expectedVacancyDate:
          p.expectedVacancyDate === undefined
            ? undefined
            : new Date(Date.UTC(2024, 1, 29 + p.expectedVacancyDate)).toISOString().slice(0, 10),
      })),
      plans,
    }));

  it('property: flags follow their definitions, the list is the posts at risk in severity order, input order is irrelevant', () => {
    fc.assert(
      fc.property(arbCase, fc.boolean(), ({ posts, plans }, reverse) => {
        const r = assessSuccessionRisk(posts, plans, '2024-02-29');
        const horizon = '2025-02-28';
        for (const p of r.posts) {
          const src = posts.find((x) => x.id === p.postId)!;
          const named = plans.filter((pl) => pl.postId === p.postId).flatMap((pl) => pl.successors);
          const noReadyNow = !named.some((s) => s.readiness === 'ready_now');
          const vacancy =
            (src.expectedVacancyDate !== undefined && src.expectedVacancyDate <= horizon) ||
            src.incumbentLikelyToLeave === true;
          const postsNaming = (ref: string) =>
            new Set(
              plans
                .filter(
                  (pl) =>
                    posts.some((x) => x.id === pl.postId) &&
                    pl.successors.some((s) => s.personRef === ref),
                )
                .map((pl) => pl.postId),
            ).size;
          const over = named.some((s) => postsNaming(s.personRef) >= 2);
          expect(p.flags.includes('no_ready_now_successor')).toBe(noReadyNow);
          expect(p.flags.includes('vacancy_within_12_months')).toBe(vacancy);
          expect(p.flags.includes('successor_overcommitted')).toBe(over);
          const freeReadyNow = named.some(
            (s) => s.readiness === 'ready_now' && postsNaming(s.personRef) < 2,
          );
          const expected =
            vacancy && !freeReadyNow
              ? 'high'
              : vacancy || noReadyNow
                ? 'medium'
                : over
                  ? 'low'
                  : 'none';
          expect(p.level).toBe(expected);
        }
        expect(r.nationalRiskList.map((p) => p.postId).sort()).toEqual(
          r.posts
            .filter((p) => p.level !== 'none')
            .map((p) => p.postId)
            .sort(),
        );
        const rank = { high: 0, medium: 1, low: 2, none: 3 };
        for (let i = 1; i < r.nationalRiskList.length; i++)
          expect(rank[r.nationalRiskList[i - 1]!.level]).toBeLessThanOrEqual(
            rank[r.nationalRiskList[i]!.level],
          );
        const again = assessSuccessionRisk(
          reverse ? [...posts].reverse() : posts,
          [...plans].reverse(),
          '2024-02-29',
        );
        expect(again).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });
});
