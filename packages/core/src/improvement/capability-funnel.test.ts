import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import type { Geography } from '../networks/geography.js';
import type { Network } from '../networks/network.js';
import type { Organisation } from '../networks/organisation.js';
import { analyseFunnel } from './spc/index.js';
import type { CapabilityAssessment } from './capability-assessment.js';
import { capabilityFunnel } from './capability-funnel.js';

const org = (id: string, geographyId?: string): WithId<Organisation> => ({
  id,
  name: `Org ${id}`,
  type: 'acute',
  ...(geographyId ? { geographyId } : {}),
});
const a = (
  id: string,
  organisationId: string,
  headcount: number,
  trained: number,
  staffGroup: CapabilityAssessment['staffGroup'] = 'clinicians',
): WithId<CapabilityAssessment> => ({
  id,
  dimension: 'improvement',
  organisationId,
  staffGroup,
  level: 'practitioner',
  assessedOn: '2015-09-01',
  headcount,
  trained,
});
const organisations = [
  org('A', 'r1'),
  org('B', 'r1'),
  org('C', 'r2'),
  org('D', 'r2'),
  org('E', 'r2'),
  org('F'),
  org('G'),
];
const geographies: WithId<Geography>[] = [
  { id: 'r1', key: 'r1', name: 'Region 1', kind: 'region' },
  { id: 'r2', key: 'r2', name: 'Region 2', kind: 'region' },
];
const networks: WithId<Network>[] = [{ id: 'n1', key: 'n1', name: 'AHSN 1', type: 'ahsn' }];
// pooled 280 / 1400 = 0.2, as in the funnel plot's hand-checked example
const assessments = [
  a('1', 'A', 100, 10),
  a('2', 'B', 100, 30),
  a('3', 'C', 1000, 200),
  a('4', 'D', 100, 2),
  a('5', 'E', 100, 38),
  a('6', 'F', 0, 0),
  a('7', 'G', 50, 5, 'front_line_staff'),
];
const base = {
  assessments,
  organisations,
  geographies,
  networks,
  staffGroup: 'clinicians' as const,
  level: 'practitioner' as const,
};

describe('capabilityFunnel', () => {
  it('plots organisations with funnel limits around the pooled share trained', () => {
    const f = capabilityFunnel(base);
    expect(f).toMatchObject({
      by: 'organisation',
      staffGroup: 'clinicians',
      level: 'practitioner',
      pooledProportion: 0.2,
    });
    expect(f.units.map((u) => [u.unit, u.name, u.flag, u.side])).toEqual([
      ['A', 'Org A', 'outside95', 'below'],
      ['B', 'Org B', 'outside95', 'above'],
      ['C', 'Org C', 'inside', null],
      ['D', 'Org D', 'outside998', 'below'],
      ['E', 'Org E', 'outside998', 'above'],
    ]);
    expect(f.excluded).toEqual([
      { unit: 'F', name: 'Org F', reason: 'no_staff' },
      { unit: 'G', name: 'Org G', reason: 'not_assessed' },
    ]);
  });

  it('compares regions or AHSNs, leaving out the unassigned', () => {
    const byRegion = capabilityFunnel({ ...base, by: 'region' });
    expect(byRegion.units.map((u) => [u.unit, u.numerator, u.denominator])).toEqual([
      ['r1', 40, 200],
      ['r2', 240, 1200],
    ]);
    expect(byRegion.excluded).toEqual([
      { unit: null, name: 'Unknown region', reason: 'unassigned' },
    ]);
    const byAhsn = capabilityFunnel({ ...base, by: 'ahsn' });
    expect(byAhsn).toMatchObject({ pooledProportion: null, units: [] });
    expect(byAhsn.excluded.map((x) => x.reason)).toEqual(['not_assessed', 'unassigned']);
  });

  it('returns an empty funnel when nobody is assessed', () => {
    expect(capabilityFunnel({ ...base, staffGroup: 'national_leaders' })).toMatchObject({
      pooledProportion: null,
      units: [],
    });
  });

  it('property: agrees with analyseFunnel on the latest assessments and plots or excludes every organisation', () => {
    const data = fc.array(
      fc.record({
        o: fc.constantFrom('A', 'B', 'C', 'D'),
        headcount: fc.integer({ min: 0, max: 300 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(data, (rows) => {
        const as = rows.map(
          (r, i): WithId<CapabilityAssessment> => ({
            ...a(
              `x${String(i).padStart(2, '0')}`,
              r.o,
              r.headcount,
              Math.floor(r.headcount * r.share),
            ),
            assessedOn: `2015-09-${String(r.day).padStart(2, '0')}`,
          }),
        );
        const orgs = ['A', 'B', 'C', 'D'].map((id) => org(id));
        const f = capabilityFunnel({
          assessments: as,
          organisations: orgs,
          staffGroup: 'clinicians',
          level: 'practitioner',
        });
        expect(f.units.length + f.excluded.length).toBe(4);
        if (f.units.length === 0) {
          expect(f.pooledProportion).toBeNull();
          return;
        }
        const direct = analyseFunnel(
          f.units.map((u) => ({
            unit: u.unit,
            numerator: u.numerator,
            denominator: u.denominator,
          })),
        );
        expect(f.pooledProportion).toBe(direct.pooledProportion);
        expect(f.units.map((u) => u.flag)).toEqual(direct.units.map((u) => u.flag));
        for (const u of f.units) expect(u.denominator).toBeGreaterThan(0);
      }),
    );
  });
});
