import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { Geography } from '../networks/geography.js';
import type { Membership } from '../networks/membership.js';
import type { Network } from '../networks/network.js';
import type { Organisation } from '../networks/organisation.js';
import { CapabilityLevel, StaffGroup, type CapabilityAssessment } from './capability-assessment.js';
import { capabilityRollup, type CapabilityUnit } from './capability-rollup.js';

const geo = (
  id: string,
  name: string,
  kind: Geography['kind'],
  parentId?: string,
): WithId<Geography> => ({ id, key: id, name, kind, ...(parentId ? { parentId } : {}) });
const org = (
  id: string,
  geographyId?: string,
  extra: Partial<Organisation> = {},
): WithId<Organisation> => ({
  id,
  name: `Org ${id}`,
  type: 'acute',
  ...(geographyId ? { geographyId } : {}),
  ...extra,
});
const net = (id: string, name: string, type: Network['type'] = 'ahsn'): WithId<Network> => ({
  id,
  key: id,
  name,
  type,
});
const member = (
  organisationId: string,
  networkId: string,
  tier: Membership['tier'] = 'core',
): Membership => ({ organisationId, networkId, tier });
const assess = (
  id: string,
  organisationId: string,
  staffGroup: StaffGroup,
  level: CapabilityLevel,
  assessedOn: string,
  headcount: number,
  trained: number,
  targetTrained?: number,
): WithId<CapabilityAssessment> => ({
  id,
  dimension: 'improvement',
  organisationId,
  staffGroup,
  level,
  assessedOn,
  headcount,
  trained,
  ...(targetTrained !== undefined ? { targetTrained } : {}),
});

const geographies = [
  geo('england', 'England', 'country'),
  geo('r-n', 'North', 'region', 'england'),
  geo('r-l', 'London', 'region', 'england'),
  geo('g-ym', 'Yorkshire', 'senate_geography', 'r-n'),
];
const networks = [net('ahsn-a', 'AHSN A'), net('ahsn-b', 'AHSN B'), net('ldp-1', 'LDP', 'ldp')];
const organisations = [
  org('o1', 'g-ym'),
  org('o2', 'g-ym'),
  org('o3', 'r-l'),
  org('o4'),
  org('o5', 'r-l', { closedOn: '2015-01-01' }),
];
const memberships = [
  member('o1', 'ahsn-a'),
  member('o2', 'ahsn-a', 'partner'),
  member('o2', 'ahsn-b'),
  member('o3', 'ahsn-b'),
  member('o1', 'ldp-1'),
];
const assessments = [
  assess('a1', 'o1', 'clinicians', 'practitioner', '2015-03-01', 100, 10, 30),
  assess('a2', 'o1', 'clinicians', 'practitioner', '2015-09-01', 110, 20, 30),
  assess('a3', 'o1', 'front_line_staff', 'awareness', '2015-09-01', 1000, 300),
  assess('a4', 'o2', 'clinicians', 'practitioner', '2015-09-01', 50, 40, 20),
  assess('a6', 'o3', 'clinicians', 'practitioner', '2015-09-01', 80, 10, 16),
  assess('a5', 'o3', 'clinicians', 'practitioner', '2015-09-01', 80, 8, 16),
  assess('a7', 'o9', 'clinicians', 'practitioner', '2015-09-01', 10, 1),
  assess('a8', 'o1', 'clinicians', 'expert', '2016-01-01', 110, 2),
];
const input = {
  assessments,
  organisations,
  memberships,
  networks,
  geographies,
  asOf: '2015-10-01',
};
const cell = (u: CapabilityUnit, g: StaffGroup, l: CapabilityLevel) =>
  u.cells.find((c) => c.staffGroup === g && c.level === l);

describe('capabilityRollup', () => {
  const r = capabilityRollup(input);

  it('uses the latest assessment per organisation x staff group x level (a later id breaks a tie)', () => {
    const o1 = r.organisations.find((o) => o.organisationId === 'o1');
    expect(o1?.assessmentIds).toEqual(['a3', 'a2']);
    expect(r.organisations.find((o) => o.organisationId === 'o3')?.assessmentIds).toEqual(['a6']);
    expect(r.unmatchedAssessmentIds).toEqual(['a7']);
  });

  it('sums England with shares and gaps that do not net surplus against shortfall', () => {
    expect(r.england).toMatchObject({ organisations: 4, assessed: 3, coverage: 0.75 });
    expect(r.england.cells).toHaveLength(18);
    expect(cell(r.england, 'clinicians', 'practitioner')).toEqual({
      staffGroup: 'clinicians',
      level: 'practitioner',
      assessed: 3,
      headcount: 240,
      trained: 70,
      targetTrained: 66,
      withTarget: 3,
      share: 70 / 240,
      gap: 16,
    });
    expect(cell(r.england, 'front_line_staff', 'awareness')).toMatchObject({
      assessed: 1,
      headcount: 1000,
      trained: 300,
      withTarget: 0,
      gap: 0,
      share: 0.3,
    });
    expect(cell(r.england, 'national_leaders', 'expert')).toMatchObject({
      assessed: 0,
      headcount: 0,
      share: null,
    });
    expect(r.england.byLevel.map((l) => [l.level, l.assessed, l.headcount])).toEqual([
      ['awareness', 1, 1000],
      ['practitioner', 3, 240],
      ['expert', 0, 0],
    ]);
  });

  it('rolls up to regions through the geography tree, unknown last', () => {
    expect(
      r.regions.map((g) => [
        g.key,
        g.organisations,
        g.assessed,
        cell(g, 'clinicians', 'practitioner')?.headcount,
      ]),
    ).toEqual([
      ['r-l', 1, 1, 80],
      ['r-n', 2, 2, 160],
      ['unknown', 1, 0, 0],
    ]);
  });

  it('rolls up to AHSNs by the best-tier membership, unassigned last', () => {
    expect(r.ahsns.map((a) => [a.key, a.organisations, a.assessed, a.coverage])).toEqual([
      ['ahsn-a', 1, 1, 1],
      ['ahsn-b', 2, 2, 1],
      ['unassigned', 1, 0, 0],
    ]);
    expect(r.organisations.map((o) => [o.organisationId, o.ahsnId, o.regionId])).toEqual([
      ['o1', 'ahsn-a', 'r-n'],
      ['o2', 'ahsn-b', 'r-n'],
      ['o3', 'ahsn-b', 'r-l'],
      ['o4', null, null],
    ]);
  });

  it('without asOf counts every organisation and assessment', () => {
    const all = capabilityRollup({ ...input, asOf: undefined });
    expect(all.asOf).toBeNull();
    expect(all.england).toMatchObject({ organisations: 5, assessed: 3 });
    expect(cell(all.england, 'clinicians', 'expert')).toMatchObject({ assessed: 1, trained: 2 });
    expect(capabilityRollup({ assessments, organisations })).toMatchObject({
      regions: [{ regionId: null, organisations: 5 }],
      ahsns: [{ ahsnId: null, organisations: 5 }],
    });
  });

  it('refuses a malformed asOf', () => {
    expect(() => capabilityRollup({ ...input, asOf: '1/10/2015' })).toThrow(ValidationError);
  });
});

// ---- properties -------------------------------------------------------------------------------

const FIELDS = ['assessed', 'headcount', 'trained', 'targetTrained', 'withTarget', 'gap'] as const;
const sumUnits = (units: readonly CapabilityUnit[]) => ({
  organisations: units.reduce((s, u) => s + u.organisations, 0),
  assessed: units.reduce((s, u) => s + u.assessed, 0),
  cells: Array.from({ length: 18 }, (_, i) =>
    Object.fromEntries(
      FIELDS.map((f) => [f, units.reduce((s, u) => s + (u.cells[i]?.[f] ?? 0), 0)]),
    ),
  ),
  byLevel: Array.from({ length: 3 }, (_, i) =>
    Object.fromEntries(
      FIELDS.map((f) => [f, units.reduce((s, u) => s + (u.byLevel[i]?.[f] ?? 0), 0)]),
    ),
  ),
});
const project = (u: CapabilityUnit) => ({
  organisations: u.organisations,
  assessed: u.assessed,
  cells: u.cells.map((c) => Object.fromEntries(FIELDS.map((f) => [f, c[f]]))),
  byLevel: u.byLevel.map((c) => Object.fromEntries(FIELDS.map((f) => [f, c[f]]))),
});

const orgIds = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'];
const data = fc.record({
  organisations: fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom(...orgIds),
        geographyId: fc.option(fc.constantFrom('g-ym', 'r-n', 'r-l', 'england', 'nowhere'), {
          nil: undefined,
        }),
        closed: fc.boolean(),
      }),
      { selector: (o) => o.id, maxLength: 6 },
    )
    .map((os) =>
      os.map((o) => org(o.id, o.geographyId, o.closed ? { closedOn: '2015-06-01' } : {})),
    ),
  memberships: fc
    .array(
      fc.record({
        o: fc.constantFrom(...orgIds),
        n: fc.constantFrom('ahsn-a', 'ahsn-b', 'ldp-1', 'gone'),
        tier: fc.constantFrom<Membership['tier']>('core', 'associate', 'partner'),
      }),
      { maxLength: 10 },
    )
    .map((ms) => ms.map((m) => member(m.o, m.n, m.tier))),
  assessments: fc
    .array(
      fc.record({
        o: fc.constantFrom(...orgIds, 'o9'),
        g: fc.constantFrom(...StaffGroup.options),
        l: fc.constantFrom(...CapabilityLevel.options),
        month: fc.integer({ min: 1, max: 12 }),
        headcount: fc.integer({ min: 0, max: 500 }),
        trainedShare: fc.double({ min: 0, max: 1, noNaN: true }),
        targetShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      }),
      { maxLength: 40 },
    )
    .map((as) =>
      as.map((a, i) =>
        assess(
          `a${String(i).padStart(2, '0')}`,
          a.o,
          a.g,
          a.l,
          `2015-${String(a.month).padStart(2, '0')}-01`,
          a.headcount,
          Math.floor(a.headcount * a.trainedShare),
          a.targetShare === undefined ? undefined : Math.floor(a.headcount * a.targetShare),
        ),
      ),
    ),
  asOf: fc.option(fc.constantFrom('2015-05-01', '2015-10-01'), { nil: undefined }),
});

describe('capabilityRollup properties', () => {
  it('every level is the sum of its parts: England = regions = AHSNs (with unassigned) = organisations', () => {
    fc.assert(
      fc.property(data, (d) => {
        const r = capabilityRollup({ ...d, networks, geographies });
        const england = project(r.england);
        expect(sumUnits(r.organisations)).toEqual(england);
        expect(sumUnits(r.regions)).toEqual(england);
        expect(sumUnits(r.ahsns)).toEqual(england);
        for (const u of [r.england, ...r.regions, ...r.ahsns, ...r.organisations]) {
          for (const c of u.cells) {
            expect(c.share).toBe(c.headcount === 0 ? null : c.trained / c.headcount);
            expect(c.trained).toBeLessThanOrEqual(c.headcount);
            expect(c.gap).toBeGreaterThanOrEqual(Math.max(0, c.targetTrained - c.trained));
          }
          expect(u.coverage).toBe(u.organisations === 0 ? null : u.assessed / u.organisations);
        }
      }),
    );
  });

  it('coverage counts organisations without an assessment, and the latest assessment is the one used', () => {
    fc.assert(
      fc.property(data, (d) => {
        const r = capabilityRollup({ ...d, networks, geographies });
        const active = d.organisations.filter(
          (o) => d.asOf === undefined || o.closedOn === undefined || o.closedOn > d.asOf,
        );
        const usable = d.assessments.filter((a) => d.asOf === undefined || a.assessedOn <= d.asOf);
        const assessedIds = new Set(usable.map((a) => a.organisationId));
        expect(r.england.organisations).toBe(active.length);
        expect(r.england.assessed).toBe(active.filter((o) => assessedIds.has(o.id)).length);
        for (const o of r.organisations) {
          expect(o.organisations).toBe(1);
          expect(o.assessed).toBe(assessedIds.has(o.organisationId) ? 1 : 0);
          for (const c of o.cells) {
            const mine = usable.filter(
              (a) =>
                a.organisationId === o.organisationId &&
                a.staffGroup === c.staffGroup &&
                a.level === c.level,
            );
            const latest = mine.reduce<WithId<CapabilityAssessment> | undefined>(
              (best, a) =>
                !best ||
                a.assessedOn > best.assessedOn ||
                (a.assessedOn === best.assessedOn && a.id > best.id)
                  ? a
                  : best,
              undefined,
            );
            expect(c.headcount).toBe(latest?.headcount ?? 0);
            expect(c.trained).toBe(latest?.trained ?? 0);
            expect(c.gap).toBe(
              latest?.targetTrained === undefined
                ? 0
                : Math.max(0, latest.targetTrained - latest.trained),
            );
          }
        }
      }),
    );
  });

  it('does not depend on the order of its inputs', () => {
    fc.assert(
      fc.property(data, fc.integer(), (d, seed) => {
        const shuffle = <T>(xs: readonly T[]) =>
          [...xs]
            .map((x, i) => ({ x, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        const a = capabilityRollup({ ...d, networks, geographies });
        const b = capabilityRollup({
          assessments: shuffle(d.assessments),
          organisations: shuffle(d.organisations),
          memberships: shuffle(d.memberships),
          networks: shuffle(networks),
          geographies: shuffle(geographies),
          ...(d.asOf ? { asOf: d.asOf } : {}),
        });
        expect(b).toEqual(a);
      }),
    );
  });
});
