import type { WithId } from '../common/with-id.js';
import type { Membership } from './membership.js';
import type { Network, NetworkType, PriorityArea } from './network.js';
import type { Offer } from './offer.js';
import type { Organisation } from './organisation.js';

export interface NavigateInput {
  organisation: WithId<Organisation>;
  /** Memberships (any organisation's may be passed; only this organisation's are read). */
  memberships: readonly Membership[];
  networks: readonly WithId<Network>[];
  offers: readonly WithId<Offer>[];
  /** When given, memberships ended before it (or starting after it) do not count. */
  asOf?: string;
}

/** An offer open to the organisation, with the network it comes from. */
export type NavigatorOffer = WithId<Offer> & { networkName: string; networkType: NetworkType };

export interface Navigation {
  organisation: WithId<Organisation>;
  /** The AHSN: the organisation's single point of local access for improvement (rec 7). */
  ahsn: WithId<Network> | null;
  /** By priority area (cancer, cardiovascular, maternity and children, mental health..., local), then name. */
  clinicalNetworks: WithId<Network>[];
  senate: WithId<Network> | null;
  /** The Local Delivery Partner of the NHS Leadership Academy. */
  ldp: WithId<Network> | null;
  improvementCoalition: WithId<Network> | null;
  /** Offers of all the networks above open to the organisation's type, by network type then title. */
  offers: NavigatorOffer[];
}

const TYPE_ORDER: readonly NetworkType[] = [
  'ahsn',
  'clinical_network',
  'senate',
  'ldp',
  'improvement_coalition',
];
const AREA_ORDER: readonly PriorityArea[] = [
  'cancer',
  'cardiovascular',
  'maternity_children',
  'mental_health_dementia_neurology',
  'local',
];
const TIER_ORDER: readonly Membership['tier'][] = ['core', 'associate', 'partner'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: WithId<Network>, b: WithId<Network>) => cmp(a.name, b.name) || cmp(a.id, b.id);
const areaRank = (n: Network) =>
  n.priorityArea === undefined ? AREA_ORDER.length : AREA_ORDER.indexOf(n.priorityArea);

/**
 * The navigator ("where do I go for help?", para 62; annex F 13 "a prospectus"): from an
 * organisation to its AHSN, clinical networks, senate, LDP and improvement coalition, and every offer
 * of theirs open to it. Senate and clinical networks fall back to the organisation's geography, the
 * coalition to the one coterminous with its AHSN.
 * @example navigate({ organisation, memberships, networks, offers }).ahsn?.name // 'Yorkshire and Humber'
 */
export function navigate(input: NavigateInput): Navigation {
  const { organisation, asOf } = input;
  const networks = new Map(input.networks.map((n) => [n.id, n]));

  // the organisation's current memberships, best tier first
  const joined: { network: WithId<Network>; tier: number }[] = [];
  for (const m of input.memberships) {
    if (m.organisationId !== organisation.id) continue;
    if (
      asOf !== undefined &&
      ((m.until !== undefined && m.until < asOf) || (m.since !== undefined && m.since > asOf))
    )
      continue;
    const network = networks.get(m.networkId);
    if (network) joined.push({ network, tier: TIER_ORDER.indexOf(m.tier) });
  }
  joined.sort((a, b) => a.tier - b.tier || byName(a.network, b.network));
  const memberOf = (type: NetworkType) => {
    const seen = new Set<string>();
    return joined
      .map((j) => j.network)
      .filter((n) => n.type === type && !seen.has(n.id) && seen.add(n.id));
  };
  const inGeography = (type: NetworkType) =>
    organisation.geographyId === undefined
      ? []
      : input.networks
          .filter((n) => n.type === type && n.geographyId === organisation.geographyId)
          .sort(byName);

  const ahsn = memberOf('ahsn')[0] ?? null;
  const clinicalMembership = memberOf('clinical_network');
  const clinicalNetworks = (
    clinicalMembership.length > 0 ? clinicalMembership : inGeography('clinical_network')
  ).sort((a, b) => areaRank(a) - areaRank(b) || byName(a, b));
  const senate = memberOf('senate')[0] ?? inGeography('senate')[0] ?? null;
  const ldp = memberOf('ldp')[0] ?? null;
  const improvementCoalition =
    memberOf('improvement_coalition')[0] ??
    (ahsn
      ? input.networks
          .filter((n) => n.type === 'improvement_coalition' && n.ahsnId === ahsn.id)
          .sort(byName)[0]
      : undefined) ??
    null;

  const chosen = new Map<string, WithId<Network>>();
  for (const n of [ahsn, ...clinicalNetworks, senate, ldp, improvementCoalition])
    if (n) chosen.set(n.id, n);
  const offers = input.offers
    .flatMap((o): NavigatorOffer[] => {
      const n = chosen.get(o.networkId);
      if (!n || (o.audience.length > 0 && !o.audience.includes(organisation.type))) return [];
      return [{ ...o, networkName: n.name, networkType: n.type }];
    })
    .sort(
      (a, b) =>
        TYPE_ORDER.indexOf(a.networkType) - TYPE_ORDER.indexOf(b.networkType) ||
        cmp(a.title, b.title) ||
        cmp(a.networkName, b.networkName) ||
        cmp(a.id, b.id),
    );

  return { organisation, ahsn, clinicalNetworks, senate, ldp, improvementCoalition, offers };
}
