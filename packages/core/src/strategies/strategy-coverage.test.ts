import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import type { AlignmentLink } from './alignment-link.js';
import type { NationalStrategy } from './national-strategy.js';
import type { Priority } from './priority.js';
import { strategyCoverage } from './strategy-coverage.js';

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
  title: `Priority ${code}`,
});
const link = (
  sourceKind: AlignmentLink['sourceKind'],
  sourceId: string,
  priorityId: string,
): AlignmentLink => ({
  sourceKind,
  sourceId,
  priorityId,
  strength: 'primary',
});

const strategies = [strategy('lead', 'leadership'), strategy('imp', 'improvement')];
const priorities = [
  priority('i10', 'imp', 'IMP-10'),
  priority('i1', 'imp', 'IMP-1'),
  priority('i2', 'imp', 'IMP-2'),
  priority('l1', 'lead', 'LEAD-1'),
  priority('l2', 'lead', 'LEAD-2'),
];

describe('strategyCoverage', () => {
  const links = [
    link('organisation_strategy', 'os1', 'i1'),
    link('organisation_strategy', 'os1', 'i10'),
    link('organisation_strategy', 'os1', 'i1'), // duplicate: counted once
    link('local_delivery_plan', 'ldp1', 'i1'),
    link('local_delivery_plan', 'ldp1', 'l2'),
    link('priority', 'l1', 'i2'), // cross-alignment, not a source
    link('organisation_strategy', 'os2', 'nope'), // dangling
  ];
  const r = strategyCoverage({ strategies, priorities, links });

  it('orders strategies (improvement first) and priorities by numeric code', () => {
    expect(r.strategies.map((s) => s.strategyId)).toEqual(['imp', 'lead']);
    expect(r.strategies[0]?.priorities.map((p) => p.code)).toEqual(['IMP-1', 'IMP-2', 'IMP-10']);
  });

  it('counts the distinct sources of each priority by kind', () => {
    const i1 = r.strategies[0]?.priorities[0];
    expect(i1).toMatchObject({
      priorityId: 'i1',
      sourceCount: 2,
      sourceIds: ['ldp1', 'os1'],
      byKind: { organisation_strategy: 1, local_delivery_plan: 1 },
    });
    expect(r.strategies[0]?.priorities[2]).toMatchObject({
      priorityId: 'i10',
      sourceCount: 1,
      sourceIds: ['os1'],
    });
  });

  it('lists gaps and computes coverage', () => {
    expect(r.strategies[0]).toMatchObject({ total: 3, covered: 2, coverage: 2 / 3 });
    expect(r.strategies[0]?.gaps).toEqual([
      { priorityId: 'i2', code: 'IMP-2', title: 'Priority IMP-2' },
    ]);
    expect(r.strategies[1]).toMatchObject({ total: 2, covered: 1, coverage: 0.5 });
    expect(r.strategies[1]?.gaps.map((g) => g.code)).toEqual(['LEAD-1']);
    expect(r.overall).toEqual({ total: 5, covered: 3, coverage: 3 / 5 });
  });

  it('gives per source the priorities it addresses and counts dangling links', () => {
    expect(r.sources).toEqual([
      {
        sourceKind: 'organisation_strategy',
        sourceId: 'os1',
        priorityIds: ['i1', 'i10'],
        strategyIds: ['imp'],
      },
      { sourceKind: 'organisation_strategy', sourceId: 'os2', priorityIds: [], strategyIds: [] },
      {
        sourceKind: 'local_delivery_plan',
        sourceId: 'ldp1',
        priorityIds: ['i1', 'l2'],
        strategyIds: ['imp', 'lead'],
      },
    ]);
    expect(r.danglingLinks).toBe(1);
  });

  it('reports coverage 0 for a strategy without priorities and for empty input', () => {
    const empty = strategyCoverage({
      strategies: [strategy('x', 'improvement')],
      priorities: [],
      links: [],
    });
    expect(empty.strategies[0]).toMatchObject({ total: 0, covered: 0, coverage: 0, gaps: [] });
    expect(strategyCoverage({ strategies: [], priorities: [], links: [] }).overall).toEqual({
      total: 0,
      covered: 0,
      coverage: 0,
    });
  });

  it('ignores priorities of strategies not passed in without calling their links dangling', () => {
    const only = strategyCoverage({
      strategies: [strategy('imp', 'improvement')],
      priorities,
      links,
    });
    expect(only.strategies).toHaveLength(1);
    expect(only.danglingLinks).toBe(1);
    expect(only.sources.find((s) => s.sourceId === 'ldp1')?.priorityIds).toEqual(['i1']);
  });
});

// ---- properties -------------------------------------------------------------------------------

const arbInput = fc
  .record({
    nStrategies: fc.integer({ min: 1, max: 3 }),
    priorityStrategy: fc.array(fc.nat(2), { maxLength: 10 }),
    links: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'organisation_strategy',
          'local_delivery_plan',
          'priority',
        ) as fc.Arbitrary<AlignmentLink['sourceKind']>,
        source: fc.nat(4),
        target: fc.nat(12), // beyond the priorities: dangling
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ nStrategies, priorityStrategy, links }) => {
    const ss = Array.from({ length: nStrategies }, (_, i) =>
      strategy(`s${i}`, i % 2 === 0 ? 'improvement' : 'leadership'),
    );
    const ps = priorityStrategy.map((si, i) =>
      priority(`p${i}`, `s${si % nStrategies}`, `P-${i + 1}`),
    );
    const ls = links.map((l) => link(l.kind, `${l.kind}-${l.source}`, `p${l.target}`));
    return { strategies: ss, priorities: ps, links: ls };
  });

describe('strategyCoverage properties', () => {
  it('covered + gaps = total, coverage in [0,1], per strategy and overall', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = strategyCoverage(input);
        for (const s of r.strategies) {
          expect(s.covered + s.gaps.length).toBe(s.total);
          expect(s.total).toBe(s.priorities.length);
          expect(s.coverage).toBeGreaterThanOrEqual(0);
          expect(s.coverage).toBeLessThanOrEqual(1);
        }
        expect(r.overall.total).toBe(input.priorities.length);
        expect(r.overall.covered).toBe(r.strategies.reduce((n, s) => n + s.covered, 0));
      }),
    );
  });

  it('adding a link never lowers coverage', () => {
    fc.assert(
      fc.property(arbInput, fc.nat(4), fc.nat(12), fc.boolean(), (input, source, target, ldp) => {
        const kind = ldp ? 'local_delivery_plan' : 'organisation_strategy';
        const before = strategyCoverage(input);
        const after = strategyCoverage({
          ...input,
          links: [...input.links, link(kind, `${kind}-${source}`, `p${target}`)],
        });
        expect(after.overall.coverage).toBeGreaterThanOrEqual(before.overall.coverage);
        before.strategies.forEach((s, i) =>
          expect(after.strategies[i]?.coverage).toBeGreaterThanOrEqual(s.coverage),
        );
      }),
    );
  });

  it('counts dangling links exactly and agrees between the priority and source views', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const r = strategyCoverage(input);
        const known = new Set(input.priorities.map((p) => p.id));
        expect(r.danglingLinks).toBe(
          input.links.filter((l) => l.sourceKind !== 'priority' && !known.has(l.priorityId)).length,
        );
        const fromPriorities = r.strategies
          .flatMap((s) => s.priorities)
          .reduce((n, p) => n + p.sourceCount, 0);
        const fromSources = r.sources.reduce((n, s) => n + s.priorityIds.length, 0);
        expect(fromPriorities).toBe(fromSources);
      }),
    );
  });
});
