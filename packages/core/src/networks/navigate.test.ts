import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import type { Membership } from './membership.js';
import type { Network, NetworkType } from './network.js';
import type { Offer } from './offer.js';
import type { Organisation, OrganisationType } from './organisation.js';
import { navigate } from './navigate.js';

const net = (
  id: string,
  type: NetworkType,
  name: string,
  extra: Partial<Network> = {},
): WithId<Network> => ({ id, key: id, name, type, ...extra });
const member = (
  organisationId: string,
  networkId: string,
  tier: Membership['tier'] = 'core',
  until?: string,
): Membership => ({
  organisationId,
  networkId,
  tier,
  ...(until ? { until } : {}),
});
const offer = (
  id: string,
  networkId: string,
  title: string,
  audience: OrganisationType[] = [],
): WithId<Offer> => ({ id, networkId, title, kind: 'support', audience });

const networks = [
  net('yh', 'ahsn', 'Yorkshire and Humber'),
  net('aa', 'ahsn', 'An AHSN'),
  net('cn-mh', 'clinical_network', 'Mental health network', {
    priorityArea: 'mental_health_dementia_neurology',
    geographyId: 'g1',
  }),
  net('cn-ca', 'clinical_network', 'Cancer network', { priorityArea: 'cancer', geographyId: 'g1' }),
  net('cn-cv', 'clinical_network', 'Cardio network', {
    priorityArea: 'cardiovascular',
    geographyId: 'g2',
  }),
  net('s1', 'senate', 'Yorkshire senate', { geographyId: 'g1' }),
  net('s2', 'senate', 'Other senate', { geographyId: 'g2' }),
  net('l0', 'ldp', 'A former LDP'),
  net('l1', 'ldp', 'Yorkshire LDP'),
  net('c1', 'improvement_coalition', 'YH coalition', { ahsnId: 'yh' }),
  net('c2', 'improvement_coalition', 'Other coalition', { ahsnId: 'aa' }),
];
const organisation: WithId<Organisation> = {
  id: 'o1',
  name: 'Leeds Teaching Hospitals',
  type: 'acute',
  geographyId: 'g1',
};
const memberships = [
  member('o1', 'aa', 'partner'),
  member('o1', 'yh', 'core'),
  member('o1', 'l1'),
  member('o1', 'l0', 'core', '2014-03-31'),
  member('o2', 'cn-cv'), // someone else's
];
const offers = [
  offer('f1', 'c1', 'Improvement coaching'),
  offer('f2', 'yh', 'Patient safety collaborative'),
  offer('f3', 'yh', 'Care home support', ['care_home']),
  offer('f4', 'cn-mh', 'Dementia toolkit', ['acute', 'mental_health']),
  offer('f5', 's1', 'Clinical advice'),
  offer('f6', 'l1', 'Mary Seacole programme'),
  offer('f7', 'aa', 'Other AHSN offer'),
  offer('f8', 'cn-cv', 'Cardio offer'),
  offer('f9', 'yh', 'Evidence reviews'),
];

describe('navigate', () => {
  const r = navigate({ organisation, memberships, networks, offers, asOf: '2015-10-01' });

  it('finds the AHSN (best tier) as the single point of local access', () => {
    expect(r.ahsn?.id).toBe('yh');
    expect(r.organisation).toBe(organisation);
  });

  it('falls back to the geography for senate and clinical networks, and to the AHSN for the coalition', () => {
    expect(r.clinicalNetworks.map((n) => n.id)).toEqual(['cn-ca', 'cn-mh']);
    expect(r.senate?.id).toBe('s1');
    expect(r.improvementCoalition?.id).toBe('c1');
  });

  it('ignores memberships ended before asOf', () => {
    expect(r.ldp?.id).toBe('l1');
    expect(navigate({ organisation, memberships, networks, offers }).ldp?.id).toBe('l0');
  });

  it('lists the offers open to the organisation, by network type then title', () => {
    expect(r.offers.map((o) => [o.networkType, o.title, o.networkName])).toEqual([
      ['ahsn', 'Evidence reviews', 'Yorkshire and Humber'],
      ['ahsn', 'Patient safety collaborative', 'Yorkshire and Humber'],
      ['clinical_network', 'Dementia toolkit', 'Mental health network'],
      ['senate', 'Clinical advice', 'Yorkshire senate'],
      ['ldp', 'Mary Seacole programme', 'Yorkshire LDP'],
      ['improvement_coalition', 'Improvement coaching', 'YH coalition'],
    ]);
  });

  it('prefers memberships over the geography', () => {
    const m = [...memberships, member('o1', 'cn-cv'), member('o1', 's2'), member('o1', 'c2')];
    const x = navigate({ organisation, memberships: m, networks, offers });
    expect(x.clinicalNetworks.map((n) => n.id)).toEqual(['cn-cv']);
    expect(x.senate?.id).toBe('s2');
    expect(x.improvementCoalition?.id).toBe('c2');
    expect(x.offers.map((o) => o.id)).toContain('f8');
  });

  it('answers null and empty when nothing is known', () => {
    const lone: WithId<Organisation> = { id: 'x', name: 'Lone practice', type: 'primary_care' };
    expect(navigate({ organisation: lone, memberships, networks, offers })).toEqual({
      organisation: lone,
      ahsn: null,
      clinicalNetworks: [],
      senate: null,
      ldp: null,
      improvementCoalition: null,
      offers: [],
    });
  });
});

// ---- properties -------------------------------------------------------------------------------

const TYPES = ['acute', 'mental_health', 'care_home', 'primary_care'] as const;
const arbWorld = fc.record({
  type: fc.constantFrom(...TYPES),
  geo: fc.constantFrom('g1', 'g2', undefined),
  memberships: fc.array(
    fc.record({
      net: fc.nat(networks.length - 1),
      tier: fc.constantFrom('core', 'associate', 'partner') as fc.Arbitrary<Membership['tier']>,
      until: fc.constantFrom(undefined, '2014-03-31', '2016-03-31'),
    }),
    { maxLength: 8 },
  ),
  offers: fc.array(
    fc.record({
      net: fc.nat(networks.length - 1),
      title: fc.constantFrom('A', 'B', 'C'),
      audience: fc.subarray([...TYPES]),
    }),
    { maxLength: 15 },
  ),
});

describe('navigate properties', () => {
  it('offers are open to the organisation, come from the networks found, and are sorted without duplicates', () => {
    fc.assert(
      fc.property(arbWorld, (w) => {
        const org: WithId<Organisation> = {
          id: 'o',
          name: 'O',
          type: w.type,
          ...(w.geo ? { geographyId: w.geo } : {}),
        };
        const ms = w.memberships.map((m) =>
          member('o', networks[m.net]?.id ?? '', m.tier, m.until),
        );
        const os = w.offers.map((o, i) =>
          offer(`f${i}`, networks[o.net]?.id ?? '', o.title, o.audience),
        );
        const r = navigate({
          organisation: org,
          memberships: ms,
          networks,
          offers: os,
          asOf: '2015-10-01',
        });
        const found = new Set(
          [r.ahsn, r.senate, r.ldp, r.improvementCoalition, ...r.clinicalNetworks].flatMap((n) =>
            n ? [n.id] : [],
          ),
        );
        expect(new Set(r.offers.map((o) => o.id)).size).toBe(r.offers.length);
        for (const o of r.offers) {
          expect(found.has(o.networkId)).toBe(true);
          expect(o.audience.length === 0 || o.audience.includes(w.type)).toBe(true);
        }
        const order = ['ahsn', 'clinical_network', 'senate', 'ldp', 'improvement_coalition'];
        for (let i = 1; i < r.offers.length; i++) {
          const a = r.offers[i - 1]!;
          const b = r.offers[i]!;
          const d = order.indexOf(a.networkType) - order.indexOf(b.networkType);
          expect(d < 0 || (d === 0 && a.title <= b.title)).toBe(true);
        }
        // every open offer of a found network is there
        expect(r.offers.length).toBe(
          os.filter(
            (o) =>
              found.has(o.networkId) && (o.audience.length === 0 || o.audience.includes(w.type)),
          ).length,
        );
        // memberships ended before asOf change nothing
        const current = ms.filter((m) => m.until === undefined || m.until >= '2015-10-01');
        expect(
          navigate({
            organisation: org,
            memberships: current,
            networks,
            offers: os,
            asOf: '2015-10-01',
          }),
        ).toEqual(r);
        // the answer does not depend on input order
        expect(
          navigate({
            organisation: org,
            memberships: [...ms].reverse(),
            networks: [...networks].reverse(),
            offers: [...os].reverse(),
            asOf: '2015-10-01',
          }),
        ).toEqual(r);
      }),
    );
  });
});
