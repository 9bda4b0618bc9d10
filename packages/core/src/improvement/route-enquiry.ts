import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { Navigation } from '../networks/navigate.js';
import type { Network, NetworkType } from '../networks/network.js';
import type { Enquiry } from './enquiry.js';

/** Where an enquiry goes, and why. */
export interface EnquiryRoute {
  networkId: string;
  networkName: string;
  networkType: NetworkType;
  /** One sentence saying why this network, for the enquiry's history. */
  reason: string;
  /** True when the preferred network was missing and the AHSN took it instead. */
  fallback: boolean;
}

export interface RouteEnquiryInput {
  enquiry: Pick<Enquiry, 'organisationId' | 'topic'> & Partial<Pick<Enquiry, 'priorityArea'>>;
  /** `navigate()` for the enquiry's organisation. */
  navigation: Pick<Navigation, 'organisation' | 'ahsn' | 'clinicalNetworks' | 'senate' | 'ldp'>;
}

const route = (network: WithId<Network>, reason: string, fallback = false): EnquiryRoute => ({
  networkId: network.id,
  networkName: network.name,
  networkType: network.type,
  reason,
  fallback,
});

/**
 * Routes an enquiry to a network of the organisation's navigator: improvement, research and
 * evaluation advice (through the one-stop shop) and anything else to the AHSN, the single point of
 * local access (recs 7, 8); leadership to the LDP; clinical network enquiries to the network of the
 * enquiry's priority area, else the first clinical network; senate advice to the clinical senate.
 * When the preferred network is missing the AHSN takes it; with no AHSN either, a `ValidationError`.
 * @example routeEnquiry({ enquiry, navigation: navigate({ organisation, memberships, networks, offers }) }).networkId
 */
export function routeEnquiry(input: RouteEnquiryInput): EnquiryRoute {
  const { enquiry, navigation } = input;
  if (enquiry.organisationId !== navigation.organisation.id) {
    throw new ValidationError(
      `The navigation is for organisation ${navigation.organisation.id}, not the enquiry's ${enquiry.organisationId}`,
      [
        {
          path: ['organisationId'],
          message: "the navigation must be the enquiry's organisation's",
        },
      ],
    );
  }
  const org = navigation.organisation.name;
  const { preferred, missing } = preferredNetwork(enquiry, navigation, org);
  if (preferred) return route(preferred.network, preferred.reason);
  if (navigation.ahsn && missing)
    return route(
      navigation.ahsn,
      `${org} has ${missing}, so its AHSN, the single point of local access, takes the enquiry`,
      true,
    );
  throw new ValidationError(
    `No network can take a ${enquiry.topic} enquiry from ${org}: it has ${missing ? `${missing} and ` : ''}no AHSN`,
    [
      {
        path: ['topic'],
        message:
          'no network of the organisation handles this topic, and it has no AHSN to fall back to',
      },
    ],
  );
}

type Preferred = { network: WithId<Network>; reason: string } | null;

/** The network the enquiry's topic prefers, or what the organisation is missing for it. */
function preferredNetwork(
  enquiry: RouteEnquiryInput['enquiry'],
  navigation: RouteEnquiryInput['navigation'],
  org: string,
): { preferred: Preferred; missing: string } {
  const chosen = (network: WithId<Network> | null | undefined, reason: string, missing = '') =>
    network ? { preferred: { network, reason }, missing: '' } : { preferred: null, missing };
  switch (enquiry.topic) {
    case 'leadership':
      return chosen(
        navigation.ldp,
        `Leadership enquiries go to ${org}'s Local Delivery Partner of the NHS Leadership Academy`,
        'no Local Delivery Partner',
      );
    case 'clinical_network':
      return clinicalNetworkFor(enquiry.priorityArea, navigation, org);
    case 'senate_advice':
      return chosen(
        navigation.senate,
        `Requests for clinical senate advice go to ${org}'s clinical senate`,
        'no clinical senate',
      );
    case 'research_evaluation':
      return chosen(
        navigation.ahsn,
        `Research and evaluation advice is reached through ${org}'s AHSN and the one-stop shop (rec 8)`,
      );
    case 'improvement':
    case 'other':
      return chosen(
        navigation.ahsn,
        `${org}'s AHSN is its single point of local access for improvement (rec 7)`,
      );
  }
  return { preferred: null, missing: '' };
}

/** The clinical network of the enquiry's priority area, else the first clinical network. */
function clinicalNetworkFor(
  area: RouteEnquiryInput['enquiry']['priorityArea'],
  navigation: RouteEnquiryInput['navigation'],
  org: string,
): { preferred: Preferred; missing: string } {
  const matching =
    area === undefined
      ? undefined
      : navigation.clinicalNetworks.find((n) => n.priorityArea === area);
  const first = navigation.clinicalNetworks[0];
  if (matching)
    return {
      preferred: {
        network: matching,
        reason: `Clinical network enquiries about ${area} go to ${org}'s ${area} clinical network`,
      },
      missing: '',
    };
  if (first)
    return {
      preferred: {
        network: first,
        reason:
          area === undefined
            ? `Clinical network enquiries go to ${org}'s first clinical network`
            : `${org} has no ${area} clinical network, so its first clinical network takes the enquiry`,
      },
      missing: '',
    };
  return { preferred: null, missing: 'no clinical network' };
}
