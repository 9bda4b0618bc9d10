import { describe, expect, it } from 'vitest';
import { planAlignment } from './plan-alignment.js';

const cn = (id: string, geographyId: string, priorityArea: string) => ({
  id,
  key: id,
  name: id,
  type: 'clinical_network' as const,
  geographyId,
  priorityArea: priorityArea as never,
});

describe("alignment of AHSN plans with their Clinical Networks' priorities (annex G 59.b)", () => {
  const networks = [
    { id: 'a1', key: 'ahsn-a', name: 'A AHSN', type: 'ahsn' as const },
    { id: 'a2', key: 'ahsn-b', name: 'B AHSN', type: 'ahsn' as const },
    cn('c1', 'g1', 'cancer'),
    cn('c2', 'g1', 'mental_health_dementia_neurology'),
    cn('c3', 'g2', 'maternity_children'),
  ];
  const plan = (id: string, networkId: string, over: Record<string, unknown> = {}) => ({
    id,
    networkId,
    year: '2015/16',
    title: id,
    status: 'agreed' as const,
    deliverables: [],
    priorityAreas: [],
    assessment: 'draft' as const,
    history: [],
    ...over,
  });

  it('scores each AHSN plan against the priorities of the networks of its geographies', () => {
    const out = planAlignment({
      networks,
      year: '2015/16',
      ahsnGeographies: new Map([
        ['a1', ['g1']],
        ['a2', ['g2']],
      ]),
      plans: [
        plan('p1', 'a1', {
          priorityAreas: ['cancer'],
          deliverables: [
            {
              title: 'Dementia pathway',
              status: 'planned',
              priorityArea: 'mental_health_dementia_neurology',
            },
          ],
        }),
        plan('p3', 'c3'),
        plan('old', 'a2', { year: '2014/15', priorityAreas: ['maternity_children'] }),
      ] as never,
    });
    const [a, b] = out.ahsns;
    expect(a).toMatchObject({ planId: 'p1', gaps: [], score: 1, status: 'aligned' });
    expect(a!.clinicalNetworks.find((n) => n.networkId === 'c2')!.sharedDeliverables).toEqual([
      'Dementia pathway',
    ]);
    expect(b).toMatchObject({ planId: null, status: 'no_plan', score: null });
    expect(b!.clinicalNetworks[0]).toMatchObject({ networkId: 'c3', planId: 'p3' });
    expect(out.aligned).toBe(1);
  });

  it('names the gaps of a plan that misses a network priority', () => {
    const out = planAlignment({
      networks,
      year: '2015/16',
      ahsnGeographies: new Map([['a1', ['g1']]]),
      plans: [plan('p1', 'a1', { priorityAreas: ['cancer'] })] as never,
    });
    expect(out.ahsns[0]).toMatchObject({
      gaps: ['mental_health_dementia_neurology'],
      score: 0.5,
      status: 'partly_aligned',
    });
  });
});
