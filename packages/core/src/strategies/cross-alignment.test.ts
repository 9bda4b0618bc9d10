import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { AlignmentLink } from './alignment-link.js';
import type { NationalStrategy } from './national-strategy.js';
import type { Priority } from './priority.js';
import { crossAlignment } from './cross-alignment.js';

const strategy = (id: string, kind: NationalStrategy['kind']): WithId<NationalStrategy> => ({
  id,
  key: id,
  kind,
  title: `${kind} strategy`,
  status: 'published',
});
const priority = (id: string, strategyId: string, code: string): WithId<Priority> => ({
  id,
  strategyId,
  code,
  title: code,
});
const plink = (
  sourceId: string,
  priorityId: string,
  sourceKind: AlignmentLink['sourceKind'] = 'priority',
): AlignmentLink => ({ sourceKind, sourceId, priorityId, strength: 'supporting' });

const strategies = [strategy('imp', 'improvement'), strategy('lead', 'leadership')];
const priorities = [
  priority('i3', 'imp', 'IMP-3'),
  priority('i1', 'imp', 'IMP-1'),
  priority('i2', 'imp', 'IMP-2'),
  priority('l1', 'lead', 'LEAD-1'),
  priority('l2', 'lead', 'LEAD-2'),
];
const links = [
  plink('i1', 'l1'),
  plink('l1', 'i1'), // the same pair, the other way
  plink('l2', 'i1'),
  plink('i2', 'i3'), // same strategy: ignored
  plink('i2', 'zzz'), // unknown: ignored
  plink('os1', 'i2', 'organisation_strategy'), // not a cross-alignment link: not read
];

describe('crossAlignment', () => {
  const r = crossAlignment({ strategies, priorities, links });

  it('pairs priorities linked in either direction', () => {
    expect(r.pairs).toEqual([
      {
        improvementPriorityId: 'i1',
        improvementCode: 'IMP-1',
        leadershipPriorityId: 'l1',
        leadershipCode: 'LEAD-1',
        links: 2,
      },
      {
        improvementPriorityId: 'i1',
        improvementCode: 'IMP-1',
        leadershipPriorityId: 'l2',
        leadershipCode: 'LEAD-2',
        links: 1,
      },
    ]);
    expect(r.matrix).toEqual([
      [true, true],
      [false, false],
      [false, false],
    ]);
    expect(r.ignoredLinks).toBe(2);
  });

  it('lists counterparts and unaligned priorities on each side, and scores', () => {
    expect(r.improvement.priorities.map((p) => [p.code, p.counterpartIds])).toEqual([
      ['IMP-1', ['l1', 'l2']],
      ['IMP-2', []],
      ['IMP-3', []],
    ]);
    expect(r.improvement.unaligned.map((p) => p.code)).toEqual(['IMP-2', 'IMP-3']);
    expect(r.leadership).toMatchObject({ strategyId: 'lead', aligned: 2, unaligned: [] });
    expect(r.leadership.priorities.map((p) => p.counterpartIds)).toEqual([['i1'], ['i1']]);
    expect(r.score).toBe(3 / 5);
  });

  it('scores 0 when the strategies have no priorities', () => {
    expect(crossAlignment({ strategies, priorities: [], links: [] })).toMatchObject({
      score: 0,
      pairs: [],
      matrix: [],
    });
  });

  it('needs exactly one strategy of each kind unless ids are given', () => {
    const three = [...strategies, strategy('imp2', 'improvement')];
    expect(() => crossAlignment({ strategies: three, priorities, links })).toThrow(ValidationError);
    expect(() =>
      crossAlignment({ strategies: [strategy('imp', 'improvement')], priorities, links }),
    ).toThrow(/exactly one leadership strategy, found 0/);
    expect(
      crossAlignment({ strategies: three, priorities, links, improvementStrategyId: 'imp' }).score,
    ).toBe(3 / 5);
    expect(
      crossAlignment({ strategies: three, priorities, links, improvementStrategyId: 'imp2' }).score,
    ).toBe(0);
    try {
      crossAlignment({ strategies: three, priorities, links, improvementStrategyId: 'lead' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues[0]?.path).toEqual(['improvementStrategyId']);
    }
  });
});

// ---- properties -------------------------------------------------------------------------------

const arbCase = fc
  .record({
    nImp: fc.nat(5),
    nLead: fc.nat(5),
    links: fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 20 }),
  })
  .map(({ nImp, nLead, links }) => {
    const ps = [
      ...Array.from({ length: nImp }, (_, i) => priority(`p${i}`, 'imp', `IMP-${i + 1}`)),
      ...Array.from({ length: nLead }, (_, i) => priority(`p${nImp + i}`, 'lead', `LEAD-${i + 1}`)),
    ];
    return { strategies, priorities: ps, links: links.map(([a, b]) => plink(`p${a}`, `p${b}`)) };
  });

describe('crossAlignment properties', () => {
  it('is symmetric in link direction, consistent, and scores in [0,1]', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = crossAlignment(c);
        const flipped = crossAlignment({
          ...c,
          links: c.links.map((l) => plink(l.priorityId, l.sourceId)),
        });
        expect(flipped).toEqual(r);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        for (const s of [r.improvement, r.leadership])
          expect(s.aligned + s.unaligned.length).toBe(s.priorities.length);
        expect(r.matrix.flat().filter(Boolean).length).toBe(r.pairs.length);
        expect(r.improvement.priorities.reduce((n, p) => n + p.counterpartIds.length, 0)).toBe(
          r.pairs.length,
        );
        expect(r.leadership.priorities.reduce((n, p) => n + p.counterpartIds.length, 0)).toBe(
          r.pairs.length,
        );
        expect(r.pairs.reduce((n, p) => n + p.links, 0) + r.ignoredLinks).toBe(c.links.length);
      }),
    );
  });

  it('adding a link never lowers the score', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(11), fc.nat(11), (c, a, b) => {
        const before = crossAlignment(c).score;
        expect(
          crossAlignment({ ...c, links: [...c.links, plink(`p${a}`, `p${b}`)] }).score,
        ).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
