import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { Geography } from '../networks/geography.js';
import type { Membership } from '../networks/membership.js';
import type { Network } from '../networks/network.js';
import type { Organisation } from '../networks/organisation.js';
import type { OrganisationStrategy } from './organisation-strategy.js';
import { strategyCompliance } from './strategy-compliance.js';

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
const strat = (
  id: string,
  organisationId: string,
  kind: OrganisationStrategy['kind'],
  approvedOn?: string,
  validUntil?: string,
): WithId<OrganisationStrategy> => ({
  id,
  organisationId,
  kind,
  title: `Strategy ${id}`,
  ...(approvedOn ? { approvedOn } : {}),
  ...(validUntil ? { validUntil } : {}),
});
const geo = (id: string, kind: Geography['kind'], parentId?: string): WithId<Geography> => ({
  id,
  key: id,
  name: id.toUpperCase(),
  kind,
  ...(parentId ? { parentId } : {}),
});
const net = (id: string, type: Network['type']): WithId<Network> => ({
  id,
  key: id,
  name: `Net ${id}`,
  type,
  ...(type === 'clinical_network' ? { priorityArea: 'cancer' as const } : {}),
});
const member = (organisationId: string, networkId: string, until?: string): Membership => ({
  organisationId,
  networkId,
  tier: 'core',
  ...(until ? { until } : {}),
});

const geographies = [
  geo('england', 'country'),
  geo('r-n', 'region', 'england'),
  geo('r-l', 'region', 'england'),
  geo('g-ym', 'senate_geography', 'r-n'),
  geo('g-lon', 'senate_geography', 'r-l'),
  geo('r-s', 'region', 'england'),
];
const organisations = [
  org('o1', 'g-ym'),
  org('o2', 'g-ym'),
  org('o3', 'g-lon'),
  org('o4', 'r-l'),
  org('o5'),
  org('o6', 'g-ym', { closedOn: '2015-01-01' }),
  org('o7', 'england'),
];
const organisationStrategies = [
  strat('s1', 'o1', 'combined', '2015-01-01'),
  strat('s2', 'o2', 'improvement', '2015-01-01'),
  strat('s3a', 'o3', 'improvement', '2015-01-01'),
  strat('s3b', 'o3', 'leadership', '2014-01-01', '2015-03-31'),
  strat('s4a', 'o4', 'improvement', '2015-01-01', '2016-03-31'),
  strat('s4b', 'o4', 'leadership', '2015-10-01', '2015-10-01'),
  strat('s5', 'o5', 'combined'),
  strat('s6', 'o6', 'combined', '2014-01-01'),
  strat('s7', 'o7', 'combined', '2016-01-01'),
];
const networks = [
  net('ahsn-a', 'ahsn'),
  net('ahsn-b', 'ahsn'),
  net('ldp-1', 'ldp'),
  net('cn-1', 'clinical_network'),
];
const memberships = [
  member('o1', 'ahsn-a'),
  member('o2', 'ahsn-a'),
  member('o3', 'ahsn-b'),
  member('o4', 'ahsn-b'),
  member('o5', 'ahsn-b', '2015-06-01'),
  member('o1', 'ldp-1'),
  member('o1', 'ldp-1'),
  member('o6', 'ahsn-a'),
];
const input = {
  organisations,
  organisationStrategies,
  memberships,
  networks,
  geographies,
  asOf: '2015-10-01',
};

describe('strategyCompliance', () => {
  const r = strategyCompliance(input);

  it('judges each open organisation by its current strategies', () => {
    expect(r.organisations.map((o) => [o.organisationId, o.compliant])).toEqual([
      ['o1', true],
      ['o2', false],
      ['o3', false],
      ['o4', true],
      ['o5', false],
      ['o7', false],
    ]);
    expect(r.organisations.find((o) => o.organisationId === 'o2')).toMatchObject({
      covered: ['improvement'],
      missing: ['leadership'],
      currentStrategyIds: ['s2'],
    });
    expect(r.organisations.find((o) => o.organisationId === 'o4')?.currentStrategyIds).toEqual([
      's4a',
      's4b',
    ]);
    expect(r.overall).toEqual({ organisations: 6, compliant: 2, share: 2 / 6 });
  });

  it('tallies by network through current memberships, grouped by type', () => {
    expect(
      r.byNetwork.ahsn.map((n) => [n.networkId, n.organisations, n.compliant, n.share]),
    ).toEqual([
      ['ahsn-a', 2, 1, 0.5],
      ['ahsn-b', 2, 1, 0.5],
    ]);
    expect(r.byNetwork.ldp).toEqual([
      {
        networkId: 'ldp-1',
        key: 'ldp-1',
        name: 'Net ldp-1',
        type: 'ldp',
        organisations: 1,
        compliant: 1,
        share: 1,
      },
    ]);
    expect(r.byNetwork.clinical_network[0]).toMatchObject({
      organisations: 0,
      compliant: 0,
      share: 0,
    });
    expect(r.byNetwork.senate).toEqual([]);
  });

  it('tallies by region via the parent geography, with unknown last', () => {
    expect(r.byRegion.map((g) => [g.key, g.organisations, g.compliant])).toEqual([
      ['r-l', 2, 1],
      ['r-n', 2, 1],
      ['r-s', 0, 0],
      ['unknown', 2, 0],
    ]);
    expect(r.byRegion.at(-1)).toMatchObject({ regionId: null, name: 'Unknown region' });
  });

  it('lets kinds narrow what must be covered', () => {
    const imp = strategyCompliance({ ...input, kinds: ['improvement'] });
    expect(imp.kinds).toEqual(['improvement']);
    expect(imp.organisations.filter((o) => o.compliant).map((o) => o.organisationId)).toEqual([
      'o1',
      'o2',
      'o3',
      'o4',
    ]);
  });

  it('refuses a malformed asOf and empty kinds', () => {
    expect(() => strategyCompliance({ ...input, asOf: '1/10/2015' })).toThrow(ValidationError);
    expect(() => strategyCompliance({ ...input, kinds: [] })).toThrow(ValidationError);
  });
});

// ---- properties -------------------------------------------------------------------------------

const DATES = ['2014-04-01', '2015-01-01', '2015-06-30', '2015-10-01', '2016-03-31'];
const arbDate = fc.option(fc.constantFrom(...DATES), { nil: undefined });
const arbData = fc
  .record({
    orgs: fc.array(fc.record({ geo: fc.option(fc.nat(6), { nil: undefined }), closed: arbDate }), {
      maxLength: 12,
    }),
    strategies: fc.array(
      fc.record({
        org: fc.nat(11),
        kind: fc.constantFrom('improvement', 'leadership', 'combined') as fc.Arbitrary<
          OrganisationStrategy['kind']
        >,
        approvedOn: arbDate,
        validUntil: arbDate,
      }),
      { maxLength: 20 },
    ),
    memberships: fc.array(fc.record({ org: fc.nat(11), net: fc.nat(3), until: arbDate }), {
      maxLength: 20,
    }),
    asOf: fc.constantFrom(...DATES),
  })
  .map(({ orgs, strategies, memberships, asOf }) => ({
    geographies,
    networks,
    organisations: orgs.map((o, i) =>
      org(
        `o${i}`,
        o.geo === undefined ? undefined : (geographies[o.geo]?.id ?? 'elsewhere'),
        o.closed ? { closedOn: o.closed } : {},
      ),
    ),
    organisationStrategies: strategies.map((s, i) =>
      strat(`s${i}`, `o${s.org}`, s.kind, s.approvedOn, s.validUntil),
    ),
    memberships: memberships.map((m) => member(`o${m.org}`, networks[m.net]?.id ?? 'x', m.until)),
    asOf,
  }));

describe('strategyCompliance properties', () => {
  it('region totals sum to the overall totals, and every share is in [0,1]', () => {
    fc.assert(
      fc.property(arbData, (data) => {
        const r = strategyCompliance(data);
        expect(r.byRegion.reduce((n, g) => n + g.organisations, 0)).toBe(r.overall.organisations);
        expect(r.byRegion.reduce((n, g) => n + g.compliant, 0)).toBe(r.overall.compliant);
        const tallies = [r.overall, ...r.byRegion, ...Object.values(r.byNetwork).flat()];
        for (const t of tallies) {
          expect(t.share).toBeGreaterThanOrEqual(0);
          expect(t.share).toBeLessThanOrEqual(1);
          expect(t.compliant).toBeLessThanOrEqual(t.organisations);
          expect(t.organisations).toBeLessThanOrEqual(r.overall.organisations);
        }
      }),
    );
  });

  it('requiring fewer kinds never lowers compliance', () => {
    fc.assert(
      fc.property(
        arbData,
        fc.constantFrom('improvement', 'leadership') as fc.Arbitrary<'improvement' | 'leadership'>,
        (data, kind) => {
          const both = strategyCompliance(data);
          const one = strategyCompliance({ ...data, kinds: [kind] });
          expect(one.overall.compliant).toBeGreaterThanOrEqual(both.overall.compliant);
        },
      ),
    );
  });
});
