import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { Geography } from '../networks/geography.js';
import type { Membership } from '../networks/membership.js';
import type { Network, NetworkType } from '../networks/network.js';
import type { Organisation } from '../networks/organisation.js';
import type { OrganisationStrategy } from './organisation-strategy.js';
import { regionOf } from '../networks/region-of.js';

/** The areas an organisation's strategies must cover (rec 2); a `combined` strategy covers both. */
export type RequiredStrategyKind = 'improvement' | 'leadership';

export interface StrategyComplianceInput {
  organisations: readonly WithId<Organisation>[];
  organisationStrategies: readonly WithId<OrganisationStrategy>[];
  memberships: readonly Membership[];
  networks: readonly WithId<Network>[];
  geographies: readonly WithId<Geography>[];
  /** The day compliance is judged on, `YYYY-MM-DD`. */
  asOf: string;
  /** Areas a compliant organisation must cover; default both improvement and leadership. */
  kinds?: readonly RequiredStrategyKind[];
}

export interface ComplianceTally {
  organisations: number;
  compliant: number;
  /** compliant / organisations, 0 when there are none. */
  share: number;
}

export interface OrganisationCompliance {
  organisationId: string;
  compliant: boolean;
  covered: RequiredStrategyKind[];
  missing: RequiredStrategyKind[];
  /** Strategies current on `asOf`, sorted. */
  currentStrategyIds: string[];
}

export interface NetworkCompliance extends ComplianceTally {
  networkId: string;
  key: string;
  name: string;
  type: NetworkType;
}

export interface RegionCompliance extends ComplianceTally {
  /** The region geography, or null for organisations whose region is not known. */
  regionId: string | null;
  /** The region's key, `unknown` for the unknown region. */
  key: string;
  name: string;
}

export interface StrategyCompliance {
  asOf: string;
  kinds: RequiredStrategyKind[];
  overall: ComplianceTally;
  /** Every network given, grouped by type (e.g. `byNetwork.ahsn`), counting its current member organisations. */
  byNetwork: Record<NetworkType, NetworkCompliance[]>;
  /** Every region geography given, by name, then `unknown` if any organisation falls there. */
  byRegion: RegionCompliance[];
  /** Per organisation (active on `asOf`), by id. */
  organisations: OrganisationCompliance[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NETWORK_TYPES: readonly NetworkType[] = [
  'ahsn',
  'clinical_network',
  'senate',
  'ldp',
  'improvement_coalition',
];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tally = (organisations: number, compliant: number): ComplianceTally => ({
  organisations,
  compliant,
  share: organisations === 0 ? 0 : compliant / organisations,
});

/** True when a strategy is approved on or before `asOf` and not expired; a strategy without `approvedOn` is a draft. */
function isCurrent(s: OrganisationStrategy, asOf: string): boolean {
  return (
    s.approvedOn !== undefined &&
    s.approvedOn <= asOf &&
    (s.validUntil === undefined || s.validUntil >= asOf)
  );
}

/** Per organisation active on `asOf`, by id: which of `kinds` its current strategies cover. */
function organisationCompliance(
  input: StrategyComplianceInput,
  active: StrategyComplianceInput['organisations'],
  kinds: StrategyCompliance['kinds'],
): OrganisationCompliance[] {
  const { asOf } = input;
  const current = new Map<string, WithId<OrganisationStrategy>[]>();
  for (const s of input.organisationStrategies) {
    if (!isCurrent(s, asOf)) continue;
    const list = current.get(s.organisationId) ?? [];
    list.push(s);
    current.set(s.organisationId, list);
  }

  return active
    .map((o): OrganisationCompliance => {
      const strategies = current.get(o.id) ?? [];
      const covered = kinds.filter((k) =>
        strategies.some((s) => s.kind === k || s.kind === 'combined'),
      );
      const missing = kinds.filter((k) => !covered.includes(k));
      return {
        organisationId: o.id,
        compliant: missing.length === 0,
        covered,
        missing,
        currentStrategyIds: strategies.map((s) => s.id).sort(cmp),
      };
    })
    .sort((a, b) => cmp(a.organisationId, b.organisationId));
}

/** Every network, grouped by type, counting its distinct current member organisations. */
function networkCompliance(
  input: StrategyComplianceInput,
  activeIds: ReadonlySet<string>,
  compliantIds: ReadonlySet<string>,
): Record<NetworkType, NetworkCompliance[]> {
  const { asOf } = input;
  const members = new Map<string, Set<string>>();
  for (const m of input.memberships) {
    if (!activeIds.has(m.organisationId)) continue;
    if ((m.since !== undefined && m.since > asOf) || (m.until !== undefined && m.until < asOf))
      continue;
    const set = members.get(m.networkId) ?? new Set<string>();
    set.add(m.organisationId);
    members.set(m.networkId, set);
  }
  const byNetwork = Object.fromEntries(
    NETWORK_TYPES.map((t) => [t, [] as NetworkCompliance[]]),
  ) as Record<NetworkType, NetworkCompliance[]>;
  for (const n of [...input.networks].sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))) {
    const orgs = [...(members.get(n.id) ?? [])];
    byNetwork[n.type].push({
      networkId: n.id,
      key: n.key,
      name: n.name,
      type: n.type,
      ...tally(orgs.length, orgs.filter((id) => compliantIds.has(id)).length),
    });
  }
  return byNetwork;
}

/** Every region geography, by name, then `unknown` if any organisation falls there. */
function regionCompliance(
  input: StrategyComplianceInput,
  active: StrategyComplianceInput['organisations'],
  compliantIds: ReadonlySet<string>,
): RegionCompliance[] {
  const geographies = new Map(input.geographies.map((g) => [g.id, g]));
  const regionCounts = new Map<string | null, { organisations: number; compliant: number }>();
  for (const g of input.geographies)
    if (g.kind === 'region') regionCounts.set(g.id, { organisations: 0, compliant: 0 });
  for (const o of active) {
    const region = regionOf(o.geographyId, geographies)?.id ?? null;
    const c = regionCounts.get(region) ?? { organisations: 0, compliant: 0 };
    c.organisations += 1;
    if (compliantIds.has(o.id)) c.compliant += 1;
    regionCounts.set(region, c);
  }
  return [...regionCounts]
    .map(([regionId, c]): RegionCompliance => {
      const g = regionId === null ? undefined : geographies.get(regionId);
      return {
        regionId,
        key: g?.key ?? 'unknown',
        name: g?.name ?? 'Unknown region',
        ...tally(c.organisations, c.compliant),
      };
    })
    .sort(
      (a, b) =>
        Number(a.regionId === null) - Number(b.regionId === null) ||
        cmp(a.name, b.name) ||
        cmp(a.key, b.key),
    );
}

/**
 * Rec 2 compliance: the share of organisations with a current strategy covering improvement and
 * leadership, overall, per network (through current memberships) and per NHS England region.
 * Organisations not open on `asOf` (openedOn after it, or closedOn on or before it) are left out.
 * @example strategyCompliance({ ...data, asOf: '2015-10-01' }).byNetwork.ahsn
 */
export function strategyCompliance(input: StrategyComplianceInput): StrategyCompliance {
  const { asOf } = input;
  if (!ISO_DATE.test(asOf))
    throw new ValidationError(`asOf must be a date YYYY-MM-DD, got "${asOf}"`, [
      { path: ['asOf'], message: 'expected YYYY-MM-DD' },
    ]);
  const kinds = [...new Set(input.kinds ?? (['improvement', 'leadership'] as const))];
  if (kinds.length === 0)
    throw new ValidationError('kinds must name at least one strategy kind', [
      { path: ['kinds'], message: 'empty' },
    ]);

  const active = input.organisations.filter(
    (o) =>
      (o.openedOn === undefined || o.openedOn <= asOf) &&
      (o.closedOn === undefined || o.closedOn > asOf),
  );

  const organisations = organisationCompliance(input, active, kinds);
  const compliantIds = new Set(
    organisations.filter((o) => o.compliant).map((o) => o.organisationId),
  );
  const activeIds = new Set(active.map((o) => o.id));

  const byNetwork = networkCompliance(input, activeIds, compliantIds);

  const byRegion = regionCompliance(input, active, compliantIds);

  return {
    asOf,
    kinds,
    overall: tally(organisations.length, compliantIds.size),
    byNetwork,
    byRegion,
    organisations,
  };
}
