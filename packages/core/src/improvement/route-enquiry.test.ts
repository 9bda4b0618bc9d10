import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import { navigate, type Navigation } from '../networks/navigate.js';
import type { Network, NetworkType, PriorityArea } from '../networks/network.js';
import type { Organisation } from '../networks/organisation.js';
import { EnquiryTopic } from './enquiry.js';
import { routeEnquiry } from './route-enquiry.js';

const net = (id: string, type: NetworkType, extra: Partial<Network> = {}): WithId<Network> => ({
  id,
  key: id,
  name: `Net ${id}`,
  type,
  ...extra,
});
const organisation: WithId<Organisation> = {
  id: 'o1',
  name: 'Leeds',
  type: 'acute',
  geographyId: 'g1',
};
const networks = [
  net('ahsn', 'ahsn'),
  net('cn-mh', 'clinical_network', {
    priorityArea: 'mental_health_dementia_neurology',
    geographyId: 'g1',
  }),
  net('cn-ca', 'clinical_network', { priorityArea: 'cancer', geographyId: 'g1' }),
  net('senate', 'senate', { geographyId: 'g1' }),
  net('ldp', 'ldp'),
];
const full = navigate({
  organisation,
  memberships: [
    { organisationId: 'o1', networkId: 'ahsn', tier: 'core' },
    { organisationId: 'o1', networkId: 'ldp', tier: 'core' },
  ],
  networks,
  offers: [],
});
const bare: Navigation = { ...full, ahsn: null, clinicalNetworks: [], senate: null, ldp: null };
const onlyAhsn: Navigation = { ...bare, ahsn: full.ahsn };
const enquiry = (topic: EnquiryTopic, priorityArea?: PriorityArea) => ({
  organisationId: 'o1',
  topic,
  ...(priorityArea ? { priorityArea } : {}),
});

describe('routeEnquiry', () => {
  it('sends each topic to its network', () => {
    const to = (topic: EnquiryTopic, priorityArea?: PriorityArea) =>
      routeEnquiry({ enquiry: enquiry(topic, priorityArea), navigation: full });
    expect(to('improvement')).toMatchObject({
      networkId: 'ahsn',
      networkType: 'ahsn',
      fallback: false,
    });
    expect(to('improvement').reason).toMatch(/single point of local access/);
    expect(to('research_evaluation')).toMatchObject({ networkId: 'ahsn', fallback: false });
    expect(to('research_evaluation').reason).toMatch(/one-stop shop/);
    expect(to('other').networkId).toBe('ahsn');
    expect(to('leadership')).toMatchObject({ networkId: 'ldp', networkType: 'ldp' });
    expect(to('senate_advice')).toMatchObject({ networkId: 'senate', networkType: 'senate' });
  });

  it('picks the clinical network of the priority area, else the first in navigator order', () => {
    expect(
      routeEnquiry({
        enquiry: enquiry('clinical_network', 'mental_health_dementia_neurology'),
        navigation: full,
      }).networkId,
    ).toBe('cn-mh');
    expect(routeEnquiry({ enquiry: enquiry('clinical_network'), navigation: full }).networkId).toBe(
      'cn-ca',
    );
    const r = routeEnquiry({
      enquiry: enquiry('clinical_network', 'maternity_children'),
      navigation: full,
    });
    expect(r).toMatchObject({ networkId: 'cn-ca', fallback: false });
    expect(r.reason).toMatch(/no maternity_children clinical network/);
  });

  it('falls back to the AHSN, and refuses when there is none', () => {
    for (const topic of ['leadership', 'clinical_network', 'senate_advice'] as const) {
      expect(routeEnquiry({ enquiry: enquiry(topic), navigation: onlyAhsn })).toMatchObject({
        networkId: 'ahsn',
        fallback: true,
      });
    }
    expect(() => routeEnquiry({ enquiry: enquiry('improvement'), navigation: bare })).toThrow(
      ValidationError,
    );
    expect(() => routeEnquiry({ enquiry: enquiry('leadership'), navigation: bare })).toThrow(
      /no Local Delivery Partner and no AHSN/,
    );
    expect(
      routeEnquiry({ enquiry: enquiry('leadership'), navigation: { ...bare, ldp: full.ldp } })
        .networkId,
    ).toBe('ldp');
  });

  it('refuses a navigation of another organisation', () => {
    expect(() =>
      routeEnquiry({
        enquiry: { ...enquiry('improvement'), organisationId: 'o2' },
        navigation: full,
      }),
    ).toThrow(ValidationError);
  });

  it('property: routes to a network of the navigation (the AHSN when it falls back), or throws only without one', () => {
    const maybe = <T>(x: T) => fc.option(fc.constant(x), { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom(...EnquiryTopic.options),
        fc.option(
          fc.constantFrom<PriorityArea>(
            'cancer',
            'cardiovascular',
            'mental_health_dementia_neurology',
          ),
          { nil: undefined },
        ),
        maybe(full.ahsn),
        maybe(full.senate),
        maybe(full.ldp),
        fc.subarray(full.clinicalNetworks),
        (topic, area, ahsn, senate, ldp, clinicalNetworks) => {
          const navigation: Navigation = { ...full, ahsn, senate, ldp, clinicalNetworks };
          const candidates = [ahsn, senate, ldp, ...clinicalNetworks].filter((n) => n !== null);
          try {
            const r = routeEnquiry({ enquiry: enquiry(topic, area), navigation });
            expect(candidates.map((n) => n.id)).toContain(r.networkId);
            if (r.fallback) expect(r.networkId).toBe(ahsn?.id);
            if (topic === 'improvement' || topic === 'research_evaluation' || topic === 'other')
              expect(r.networkId).toBe(ahsn?.id);
            if (
              topic === 'clinical_network' &&
              area &&
              clinicalNetworks.some((n) => n.priorityArea === area)
            )
              expect(r.networkId).toBe(clinicalNetworks.find((n) => n.priorityArea === area)?.id);
          } catch (e) {
            expect(e).toBeInstanceOf(ValidationError);
            expect(ahsn).toBeNull();
          }
        },
      ),
    );
  });
});
