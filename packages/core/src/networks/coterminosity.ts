import type { WithId } from '../common/with-id.js';
import type { Membership } from './membership.js';
import type { Network } from './network.js';
import type { Organisation } from './organisation.js';

export interface CoterminosityInput {
  organisations: readonly WithId<Organisation>[];
  memberships: readonly Membership[];
  /** Senates and clinical networks give the geographies (their geographyId); AHSNs give the footprints (their members). */
  networks: readonly WithId<Network>[];
  /** When given, only memberships current on this day and organisations open on it count. */
  asOf?: string;
}

export interface AhsnCount {
  ahsnId: string;
  name: string;
  organisations: number;
}

export interface GeographyCoterminosity {
  geographyId: string;
  /** The senates and clinical networks of the geography, by name. */
  networkIds: string[];
  /** Organisations whose geographyId is this geography. */
  organisations: number;
  /** Of those, how many belong to no AHSN. */
  withoutAhsn: number;
  /** Organisations of the geography in each AHSN, most first. */
  ahsns: AhsnCount[];
  dominantAhsnId: string | null;
  dominantAhsnName: string | null;
  /** Share of the geography's organisations in the dominant AHSN (0 when none). */
  share: number;
  /** |geography ∩ AHSN| / |geography ∪ AHSN| over placed organisations. */
  jaccard: number;
  /** Every organisation of the geography is in the dominant AHSN, and that AHSN has none elsewhere. */
  coterminous: boolean;
}

export interface AhsnCoterminosity {
  ahsnId: string;
  name: string;
  /** Members placed in a senate geography. */
  organisations: number;
  /** Members with no (known) senate geography: they say nothing about boundaries. */
  unplaced: number;
  /** Members per geography, most first. */
  geographies: { geographyId: string; organisations: number }[];
  dominantGeographyId: string | null;
  /** Share of the AHSN's placed members in its dominant geography (1 when the AHSN nests inside one). */
  share: number;
  jaccard: number;
  coterminous: boolean;
}

export interface Coterminosity {
  /** One entry per senate / clinical network geography, by id. */
  geographies: GeographyCoterminosity[];
  /** One entry per AHSN, by name. */
  ahsns: AhsnCoterminosity[];
  /** Mean Jaccard of each geography (with organisations) with its dominant AHSN; 1 = one-to-one boundaries. */
  index: number;
  /** Mean share of each AHSN's placed members in its dominant geography; 1 = every AHSN lies inside one geography. */
  nestedIndex: number;
  /** Organisations without a senate / clinical network geography. */
  unplacedOrganisations: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const jaccard = (a: number, b: number, both: number) =>
  a + b - both === 0 ? 0 : both / (a + b - both);

/** Who is where: each placed organisation's geography and AHSNs, and the counts of both. */
interface Overlap {
  ahsnById: Map<string, WithId<Network>>;
  geographyNetworks: Map<string, WithId<Network>[]>;
  /** organisation -> geography */
  placedIn: Map<string, string>;
  /** organisation -> AHSNs */
  ahsnsOf: Map<string, Set<string>>;
  /** AHSN -> organisations */
  membersOf: Map<string, Set<string>>;
  /** counts[geography][ahsn]: organisations in both */
  counts: Map<string, Map<string, number>>;
  geoSize: Map<string, number>;
  ahsnPlaced: Map<string, number>;
  unplacedOrganisations: number;
}

function overlapOf(input: CoterminosityInput): Overlap {
  const { asOf } = input;
  const ahsnNetworks = input.networks.filter((n) => n.type === 'ahsn');
  const ahsnById = new Map(ahsnNetworks.map((n) => [n.id, n]));
  const geographyNetworks = new Map<string, WithId<Network>[]>();
  for (const n of input.networks) {
    if ((n.type !== 'clinical_network' && n.type !== 'senate') || n.geographyId === undefined)
      continue;
    const list = geographyNetworks.get(n.geographyId) ?? [];
    list.push(n);
    geographyNetworks.set(n.geographyId, list);
  }

  const organisations = input.organisations.filter(
    (o) =>
      asOf === undefined ||
      ((o.openedOn === undefined || o.openedOn <= asOf) &&
        (o.closedOn === undefined || o.closedOn > asOf)),
  );
  const placedIn = new Map<string, string>();
  let unplacedOrganisations = 0;
  for (const o of organisations) {
    if (o.geographyId !== undefined && geographyNetworks.has(o.geographyId))
      placedIn.set(o.id, o.geographyId);
    else unplacedOrganisations += 1;
  }
  const known = new Set(organisations.map((o) => o.id));

  const ahsnsOf = new Map<string, Set<string>>();
  const membersOf = new Map<string, Set<string>>(
    ahsnNetworks.map((n) => [n.id, new Set<string>()]),
  );
  for (const m of input.memberships) {
    if (!ahsnById.has(m.networkId) || !known.has(m.organisationId)) continue;
    if (
      asOf !== undefined &&
      ((m.since !== undefined && m.since > asOf) || (m.until !== undefined && m.until < asOf))
    )
      continue;
    const set = ahsnsOf.get(m.organisationId) ?? new Set<string>();
    set.add(m.networkId);
    ahsnsOf.set(m.organisationId, set);
    membersOf.get(m.networkId)?.add(m.organisationId);
  }

  const counts = new Map<string, Map<string, number>>();
  const geoSize = new Map<string, number>();
  const ahsnPlaced = new Map<string, number>();
  for (const [org, g] of placedIn) {
    geoSize.set(g, (geoSize.get(g) ?? 0) + 1);
    for (const a of ahsnsOf.get(org) ?? []) {
      const row = counts.get(g) ?? new Map<string, number>();
      row.set(a, (row.get(a) ?? 0) + 1);
      counts.set(g, row);
      ahsnPlaced.set(a, (ahsnPlaced.get(a) ?? 0) + 1);
    }
  }
  return {
    ahsnById,
    geographyNetworks,
    placedIn,
    ahsnsOf,
    membersOf,
    counts,
    geoSize,
    ahsnPlaced,
    unplacedOrganisations,
  };
}

/** One geography against the AHSNs its organisations belong to. */
function geographyUnit(o: Overlap, g: string): GeographyCoterminosity {
  const size = o.geoSize.get(g) ?? 0;
  const ahsns = [...(o.counts.get(g) ?? new Map<string, number>())]
    .map(([ahsnId, n]) => ({
      ahsnId,
      name: o.ahsnById.get(ahsnId)?.name ?? ahsnId,
      organisations: n,
    }))
    .sort(
      (x, y) => y.organisations - x.organisations || cmp(x.name, y.name) || cmp(x.ahsnId, y.ahsnId),
    );
  const dom = ahsns[0];
  let withoutAhsn = 0;
  for (const [org, og] of o.placedIn)
    if (og === g && (o.ahsnsOf.get(org)?.size ?? 0) === 0) withoutAhsn += 1;
  const both = dom?.organisations ?? 0;
  const domSize = dom ? (o.ahsnPlaced.get(dom.ahsnId) ?? 0) : 0;
  return {
    geographyId: g,
    networkIds: (o.geographyNetworks.get(g) ?? [])
      .sort((x, y) => cmp(x.name, y.name) || cmp(x.id, y.id))
      .map((n) => n.id),
    organisations: size,
    withoutAhsn,
    ahsns,
    dominantAhsnId: dom?.ahsnId ?? null,
    dominantAhsnName: dom?.name ?? null,
    share: size === 0 ? 0 : both / size,
    jaccard: jaccard(size, domSize, both),
    coterminous: size > 0 && both === size && both === domSize,
  };
}

/** One AHSN against the geographies its placed members are in. */
function ahsnUnit(o: Overlap, a: WithId<Network>): AhsnCoterminosity {
  const members = o.membersOf.get(a.id) ?? new Set<string>();
  const placed = o.ahsnPlaced.get(a.id) ?? 0;
  const perGeography = [...o.counts]
    .map(([geographyId, row]) => ({ geographyId, organisations: row.get(a.id) ?? 0 }))
    .filter((x) => x.organisations > 0)
    .sort((x, y) => y.organisations - x.organisations || cmp(x.geographyId, y.geographyId));
  const dom = perGeography[0];
  const both = dom?.organisations ?? 0;
  const domSize = dom ? (o.geoSize.get(dom.geographyId) ?? 0) : 0;
  return {
    ahsnId: a.id,
    name: a.name,
    organisations: placed,
    unplaced: members.size - placed,
    geographies: perGeography,
    dominantGeographyId: dom?.geographyId ?? null,
    share: placed === 0 ? 0 : both / placed,
    jaccard: jaccard(placed, domSize, both),
    coterminous: placed > 0 && both === placed && both === domSize,
  };
}

/**
 * Coterminosity of clinical network / senate geographies and AHSN footprints (rec 11, annex G 59.b),
 * compared through member organisations: per geography its dominant AHSN, per AHSN its dominant
 * geography, and an overall index (mean Jaccard of each geography with its dominant AHSN).
 * @example coterminosity({ organisations, memberships, networks }).index // 1 when boundaries match
 */
export function coterminosity(input: CoterminosityInput): Coterminosity {
  const overlap = overlapOf(input);
  const geographies = [...overlap.geographyNetworks.keys()]
    .sort(cmp)
    .map((g) => geographyUnit(overlap, g));
  const ahsns = [...overlap.ahsnById.values()]
    .sort((x, y) => cmp(x.name, y.name) || cmp(x.id, y.id))
    .map((a) => ahsnUnit(overlap, a));
  return {
    geographies,
    ahsns,
    index: mean(geographies.filter((g) => g.organisations > 0).map((g) => g.jaccard)),
    nestedIndex: mean(ahsns.filter((a) => a.organisations > 0).map((a) => a.share)),
    unplacedOrganisations: overlap.unplacedOrganisations,
  };
}
