import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  changeIdeasOf,
  improvementProjectEntity,
  type DriverDiagram,
} from './improvement-project.js';

const base = {
  title: 'Reduce falls',
  type: 'service_improvement',
  organisationId: 'o1',
  aim: 'Reduce inpatient falls by 30% by March 2016',
};

describe('improvementProjectEntity', () => {
  it('is a region-owned improvement entity with defaults applied', () => {
    expect(improvementProjectEntity).toMatchObject({
      name: 'improvement-project',
      collection: 'improvement-projects',
      table: 'improvement_projects',
      domain: 'improvement',
      ownedBy: 'region',
      readAccess: 'public',
    });
    const p = improvementProjectEntity.schema.parse({
      ...base,
      driverDiagram: {
        aim: 'Fewer falls',
        primaryDrivers: [{ title: 'Safe ward', secondaryDrivers: [{ title: 'Risk assessment' }] }],
      },
    });
    expect(p.status).toBe('planned');
    expect(p.driverDiagram?.primaryDrivers[0]?.secondaryDrivers[0]?.changeIdeas).toEqual([]);
  });

  it('accepts the three types of improvement of para 91 only', () => {
    for (const type of ['service_improvement', 'service_transformation', 'service_intervention'])
      expect(improvementProjectEntity.schema.safeParse({ ...base, type }).success).toBe(true);
    expect(improvementProjectEntity.schema.safeParse({ ...base, type: 'quick_win' }).success).toBe(
      false,
    );
  });

  it('refuses unknown fields, an end before the start, and empty titles', () => {
    expect(improvementProjectEntity.schema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    const r = improvementProjectEntity.schema.safeParse({
      ...base,
      startDate: '2015-06-01',
      endDate: '2015-05-31',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['endDate']);
    expect(
      improvementProjectEntity.schema.safeParse({
        ...base,
        startDate: '2015-06-01',
        endDate: '2015-06-01',
      }).success,
    ).toBe(true);
    expect(improvementProjectEntity.schema.safeParse({ ...base, title: '   ' }).success).toBe(
      false,
    );
    expect(
      improvementProjectEntity.schema.safeParse({
        ...base,
        driverDiagram: { aim: 'x', primaryDrivers: [{ title: 'p', extra: true }] },
      }).success,
    ).toBe(false);
  });
});

describe('changeIdeasOf', () => {
  it('lists change ideas in diagram order without repeats', () => {
    const d: DriverDiagram = {
      aim: 'a',
      primaryDrivers: [
        {
          title: 'p1',
          secondaryDrivers: [
            { title: 's1', changeIdeas: ['huddles', 'bed rails'] },
            { title: 's2', changeIdeas: ['huddles'] },
          ],
        },
        { title: 'p2', secondaryDrivers: [{ title: 's3', changeIdeas: ['footwear'] }] },
      ],
    };
    expect(changeIdeasOf(d)).toEqual(['huddles', 'bed rails', 'footwear']);
    expect(changeIdeasOf({ aim: 'a', primaryDrivers: [] })).toEqual([]);
  });

  it('property: gives exactly the distinct ideas of the tree, first occurrence first', () => {
    const idea = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const diagram = fc.record({
      aim: fc.constant('aim'),
      primaryDrivers: fc.array(
        fc.record({
          title: fc.constant('p'),
          secondaryDrivers: fc.array(
            fc.record({ title: fc.constant('s'), changeIdeas: fc.array(idea, { maxLength: 4 }) }),
            { maxLength: 3 },
          ),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(diagram, (d) => {
        const flat = d.primaryDrivers.flatMap((p) =>
          p.secondaryDrivers.flatMap((s) => s.changeIdeas),
        );
        const ideas = changeIdeasOf(d);
        expect(new Set(ideas).size).toBe(ideas.length);
        expect(ideas).toEqual(flat.filter((x, i) => flat.indexOf(x) === i));
      }),
    );
  });
});
