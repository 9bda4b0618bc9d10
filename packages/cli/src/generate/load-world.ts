import {
  naturalId,
  navigate,
  routeEnquiry,
  type EnquiryTopic,
  type Membership,
  type Navigation,
  type Network,
  type NetworkType,
  type Organisation,
  type PriorityArea,
  type WithId,
} from '@tessera/core';
import { HUB_INSTANCE, NATIONAL_PROGRAMMES, type Store } from '@tessera/store';
import { ENGLAND, LONDON, type PopulationProfile } from './population.js';

/** A network the generator refers to. */
export interface NetworkRef {
  id: string;
  key: string;
  name: string;
  type: NetworkType;
}

/** An organisation the generator refers to. */
export interface OrganisationRef {
  id: string;
  name: string;
  type: string;
}

/** A programme of the national catalogue (cohorts run one). */
export interface ProgrammeRef {
  id: string;
  name: string;
  level: string;
}

/**
 * What generated records refer to: the instance's own network (its AHSN or LDP, whose key is the
 * instance id: `ahsn-oxford`, `ldp-london`), the organisations in its footprint, the national
 * programmes, and how the population it serves is made up. Read from the seeded directory
 * (hub-owned records) when it is there, so the records are the same for a seed however many
 * records the instance has written itself.
 */
export interface GenerationWorld {
  instance: string;
  /** The instance's own network. */
  home: NetworkRef;
  /** The AHSN improvement work belongs to (home, or the AHSN most of its organisations belong to). */
  ahsn: NetworkRef;
  /** The LDP leadership development belongs to. */
  ldp: NetworkRef;
  /** Networks organisations can be members of here: home and, for an AHSN, its improvement coalition. */
  membershipNetworks: NetworkRef[];
  /** Organisations in the footprint (never empty). */
  organisations: OrganisationRef[];
  programmes: ProgrammeRef[];
  profile: PopulationProfile;
  /** True when no directory was seeded: organisations and networks are invented, with stable ids. */
  synthetic: boolean;
  /** True when the instance id is the key of a network of the directory (e.g. `ahsn-oxford`). */
  homeFound: boolean;
  /** The network an enquiry is routed to: core's `routeEnquiry` on the organisation's navigator. */
  routeEnquiry(organisationId: string, topic: EnquiryTopic, priorityArea?: PriorityArea): string;
}

const LONDON_KEYS = new Set([
  'ldp-london',
  'ahsn-health-innovation-network',
  'ahsn-uclpartners',
  'ahsn-imperial-college-health-partners',
]);
const PLACES = [
  'Ashbourne',
  'Bramley',
  'Castleford',
  'Dunmore',
  'Eastwick',
  'Fairhaven',
  'Greyfield',
  'Hartwell',
  'Ironbridge',
  'Kingsmead',
  'Longford',
  'Millbrook',
  'Northam',
  'Oakridge',
  'Penwood',
  'Queensbury',
  'Redcliffe',
  'Stanmoor',
  'Thornbury',
  'Upperton',
  'Westmere',
  'Yardley',
];
const KINDS: readonly [string, string][] = [
  ['Hospitals NHS Foundation Trust', 'acute'],
  ['Community Health NHS Trust', 'community'],
  ['Mental Health NHS Foundation Trust', 'mental_health'],
  ['Clinical Commissioning Group', 'commissioner'],
];

const ref = (n: WithId<Network>): NetworkRef => ({
  id: n.id,
  key: n.key,
  name: n.name,
  type: n.type,
});

/** The most frequent item (ties: first seen). */
function mode<T>(items: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestN = 0;
  for (const it of items) {
    const n = (counts.get(it) ?? 0) + 1;
    counts.set(it, n);
    if (n > bestN) [best, bestN] = [it, n];
  }
  return best;
}

/** The hub's directory as this instance holds it: networks, organisations, memberships, programmes. */
async function readDirectory(store: Store) {
  const hubOwned = { owner: HUB_INSTANCE };
  const networks = (await store.repo('network').all(hubOwned)) as unknown as WithId<Network>[];
  const organisations = (await store
    .repo('organisation')
    .all(hubOwned)) as unknown as WithId<Organisation>[];
  const memberships = (await store.repo('membership').all(hubOwned)) as unknown as Membership[];
  const programmes = (await store.repo('programme').all(hubOwned)) as unknown as WithId<{
    name: string;
    level: string;
  }>[];
  return { networks, organisations, memberships, programmes };
}

/** The home network of an instance the directory does not know (an LDP if its id says so). */
function inventedHome(instance: string): NetworkRef {
  return {
    id: naturalId('network', instance),
    key: instance,
    name: instance,
    type: instance.startsWith('ldp') ? 'ldp' : 'ahsn',
  };
}

/** Made-up organisations for an instance with no seeded footprint. */
function syntheticOrganisations(instance: string): OrganisationRef[] {
  return PLACES.map((place, i) => {
    const [suffix, type] = KINDS[i % KINDS.length]!;
    return {
      id: naturalId('organisation', `${instance}:${place}`),
      name: `${place} ${suffix}`,
      type,
    };
  });
}

/** London's population profile for a London network or a footprint mostly in London; England's otherwise. */
function profileOf(home: NetworkRef, footprint: readonly WithId<Organisation>[]) {
  const londonGeography = naturalId('geography', 'london');
  const londonShare =
    footprint.filter((o) => o.geographyId === londonGeography).length /
    Math.max(1, footprint.length);
  return LONDON_KEYS.has(home.key) || londonShare > 0.5 ? LONDON : ENGLAND;
}

/** The programmes the directory holds, or the 2015 national catalogue when it holds none. */
function programmeRefs(programmes: WithId<{ name: string; level: string }>[]) {
  return programmes.length
    ? programmes.map((p) => ({ id: p.id, name: p.name, level: p.level }))
    : NATIONAL_PROGRAMMES.map((p) => ({
        id: naturalId('programme', p.key),
        name: p.name,
        level: p.level,
      }));
}

/** Reads the world of `store`'s instance from its seeded directory, or invents a small one. */
export async function loadWorld(store: Store): Promise<GenerationWorld> {
  const instance = store.instance;
  const { networks, organisations, memberships, programmes } = await readDirectory(store);

  const found = networks.find((n) => n.key === instance);
  const home = found ? ref(found) : inventedHome(instance);

  const inHome = new Set(
    memberships.filter((m) => m.networkId === home.id).map((m) => m.organisationId),
  );
  let footprint = organisations.filter((o) => inHome.has(o.id) && o.closedOn === undefined);
  if (footprint.length === 0) footprint = organisations.filter((o) => o.closedOn === undefined);
  const synthetic = footprint.length === 0;

  const navigations = new Map<string, Navigation>();
  const navigation = (org: WithId<Organisation>) => {
    let nav = navigations.get(org.id);
    if (!nav)
      navigations.set(
        org.id,
        (nav = navigate({ organisation: org, memberships, networks, offers: [] })),
      );
    return nav;
  };
  const byId = new Map(networks.map((n) => [n.id, n]));
  const majority = (type: 'ahsn' | 'ldp'): NetworkRef => {
    if (home.type === type) return home;
    const id = mode(
      footprint.map((o) => navigation(o)[type]?.id).filter((x): x is string => x !== undefined),
    );
    const n = id ? byId.get(id) : undefined;
    return n ? ref(n) : home;
  };
  const ahsn = majority('ahsn');
  const ldp = majority('ldp');
  const coalition =
    home.type === 'ahsn'
      ? networks.find((n) => n.type === 'improvement_coalition' && n.ahsnId === home.id)
      : undefined;

  const orgRefs = synthetic
    ? syntheticOrganisations(instance)
    : footprint.map((o) => ({ id: o.id, name: o.name, type: o.type }));

  const profile = profileOf(home, footprint);

  const orgById = new Map(footprint.map((o) => [o.id, o]));
  return {
    instance,
    home,
    ahsn,
    ldp,
    membershipNetworks: coalition ? [home, ref(coalition)] : [home],
    organisations: orgRefs,
    programmes: programmeRefs(programmes),
    profile,
    synthetic,
    homeFound: found !== undefined,
    routeEnquiry(organisationId, topic, priorityArea) {
      const org = orgById.get(organisationId);
      if (!org) return home.id;
      try {
        return routeEnquiry({
          enquiry: { organisationId, topic, ...(priorityArea ? { priorityArea } : {}) },
          navigation: navigation(org),
        }).networkId;
      } catch {
        return home.id;
      }
    },
  };
}
