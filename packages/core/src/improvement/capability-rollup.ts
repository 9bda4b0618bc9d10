import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { Geography } from '../networks/geography.js';
import type { Membership } from '../networks/membership.js';
import type { Network } from '../networks/network.js';
import type { Organisation } from '../networks/organisation.js';
import {
  CapabilityLevel,
  StaffGroup,
  type BaselineDimension,
  type CapabilityAssessment,
} from './capability-assessment.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { regionOf } from '../networks/region-of.js';

/** An assessment as the roll-up reads it: without a `dimension` it is of improvement capability. */
type AssessmentInput = Omit<CapabilityAssessment, 'dimension'> & { dimension?: BaselineDimension };

export interface CapabilityRollupInput {
  assessments: readonly WithId<AssessmentInput>[];
  organisations: readonly WithId<Organisation>[];
  /** Memberships (AHSN memberships place an organisation in its AHSN); default none. */
  memberships?: readonly Membership[];
  networks?: readonly WithId<Network>[];
  geographies?: readonly WithId<Geography>[];
  /**
   * The day judged, `YYYY-MM-DD`: later assessments, memberships not current on it and
   * organisations not open on it are left out. Without it, everything counts.
   */
  asOf?: string;
  /** Which baseline: improvement capability (default) or leadership development (para 68.i). */
  dimension?: BaselineDimension;
}

/** Sums over the latest assessments of one staff group and level (or of one level, over staff groups). */
export interface CapabilityTally {
  /** Organisations with an assessment here. */
  assessed: number;
  headcount: number;
  trained: number;
  /** Sum of the targets given. */
  targetTrained: number;
  /** Organisations that gave a target. */
  withTarget: number;
  /** trained / headcount; null when the headcount is 0. */
  share: number | null;
  /** Sum over organisations of max(0, targetTrained - trained): one's surplus does not fill another's gap. */
  gap: number;
}
export type CapabilityCell = CapabilityTally & { staffGroup: StaffGroup; level: CapabilityLevel };
export type CapabilityLevelTally = CapabilityTally & { level: CapabilityLevel };

export interface CapabilityUnit {
  /** Organisations in the unit, assessed or not. */
  organisations: number;
  /** Organisations with at least one assessment. */
  assessed: number;
  /** assessed / organisations; null when there are none. */
  coverage: number | null;
  /** Every staff group x level (18 cells), in the order of `StaffGroup` then `CapabilityLevel`. */
  cells: CapabilityCell[];
  /** Per level, summed over staff groups. */
  byLevel: CapabilityLevelTally[];
}
export type OrganisationCapability = CapabilityUnit & {
  organisationId: string;
  name: string;
  ahsnId: string | null;
  regionId: string | null;
  assessmentIds: string[];
};
export type AhsnCapability = CapabilityUnit & { ahsnId: string | null; key: string; name: string };
export type RegionCapability = CapabilityUnit & {
  regionId: string | null;
  key: string;
  name: string;
};

export interface CapabilityRollup {
  asOf: string | null;
  dimension: BaselineDimension;
  england: CapabilityUnit;
  /** Every region geography by name, then `unknown` if any organisation's region is not known. */
  regions: RegionCapability[];
  /** Every AHSN by name, then `unassigned` if any organisation belongs to none. */
  ahsns: AhsnCapability[];
  organisations: OrganisationCapability[];
  /** Assessments of organisations not given (or not open on `asOf`), by id. */
  unmatchedAssessmentIds: string[];
}

const GROUPS = StaffGroup.options;
const LEVELS = CapabilityLevel.options;
const TIER_ORDER: readonly Membership['tier'][] = ['core', 'associate', 'partner'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cellIndex = (g: StaffGroup, l: CapabilityLevel) =>
  GROUPS.indexOf(g) * LEVELS.length + LEVELS.indexOf(l);

interface Acc {
  organisations: number;
  assessed: number;
  cells: number[][];
  levelAssessed: number[];
}
const FIELDS = 6; // assessed, headcount, trained, targetTrained, withTarget, gap
const newAcc = (): Acc => ({
  organisations: 0,
  assessed: 0,
  cells: GROUPS.flatMap(() => LEVELS.map(() => new Array<number>(FIELDS).fill(0))),
  levelAssessed: LEVELS.map(() => 0),
});

function addInto(into: Acc, from: Acc): void {
  into.organisations += from.organisations;
  into.assessed += from.assessed;
  from.cells.forEach((c, i) =>
    c.forEach(
      (v, f) => ((into.cells[i] as number[])[f] = ((into.cells[i] as number[])[f] as number) + v),
    ),
  );
  from.levelAssessed.forEach(
    (v, i) => (into.levelAssessed[i] = (into.levelAssessed[i] as number) + v),
  );
}

function tally(v: readonly number[]): CapabilityTally {
  const [assessed = 0, headcount = 0, trained = 0, targetTrained = 0, withTarget = 0, gap = 0] = v;
  return {
    assessed,
    headcount,
    trained,
    targetTrained,
    withTarget,
    share: headcount === 0 ? null : trained / headcount,
    gap,
  };
}

function unitOf(acc: Acc): CapabilityUnit {
  const cells = GROUPS.flatMap((staffGroup) =>
    LEVELS.map(
      (level): CapabilityCell => ({
        staffGroup,
        level,
        ...tally(acc.cells[cellIndex(staffGroup, level)] as number[]),
      }),
    ),
  );
  const byLevel = LEVELS.map((level, li): CapabilityLevelTally => {
    const sum = new Array<number>(FIELDS).fill(0);
    for (const g of GROUPS)
      (acc.cells[cellIndex(g, level)] as number[]).forEach(
        (v, f) => (sum[f] = (sum[f] as number) + v),
      );
    sum[0] = acc.levelAssessed[li] as number; // organisations assessed at this level, not organisation x group pairs
    return { level, ...tally(sum) };
  });
  return {
    organisations: acc.organisations,
    assessed: acc.assessed,
    coverage: acc.organisations === 0 ? null : acc.assessed / acc.organisations,
    cells,
    byLevel,
  };
}

/** The latest assessment per organisation x staff group x level (a later id breaks a tie), by organisation. */
function latestAssessments(
  input: CapabilityRollupInput,
  orgIds: ReadonlySet<string>,
  dimension: NonNullable<CapabilityRollupInput['dimension']>,
): { byOrg: Map<string, WithId<AssessmentInput>[]>; unmatched: string[] } {
  const { asOf } = input;
  const latest = new Map<string, WithId<AssessmentInput>>();
  const unmatched: string[] = [];
  for (const a of input.assessments) {
    if ((a.dimension ?? 'improvement') !== dimension) continue;
    if (asOf !== undefined && a.assessedOn > asOf) continue;
    if (!orgIds.has(a.organisationId)) {
      unmatched.push(a.id);
      continue;
    }
    const key = `${a.organisationId}\u0000${a.staffGroup}\u0000${a.level}`;
    const seen = latest.get(key);
    if (
      !seen ||
      a.assessedOn > seen.assessedOn ||
      (a.assessedOn === seen.assessedOn && a.id > seen.id)
    )
      latest.set(key, a);
  }
  const byOrg = new Map<string, WithId<AssessmentInput>[]>();
  for (const a of latest.values()) {
    const list = byOrg.get(a.organisationId);
    if (list) list.push(a);
    else byOrg.set(a.organisationId, [a]);
  }
  return { byOrg, unmatched };
}

/** Each organisation's AHSN through its memberships current at `asOf`: best tier, then name, then id. */
function ahsnOfOrganisations(
  input: CapabilityRollupInput,
  networks: ReadonlyMap<string, WithId<Network>>,
  orgIds: ReadonlySet<string>,
): Map<string, { network: WithId<Network>; tier: number }> {
  const { asOf } = input;
  const ahsnOf = new Map<string, { network: WithId<Network>; tier: number }>();
  for (const m of input.memberships ?? []) {
    const n = networks.get(m.networkId);
    if (n?.type !== 'ahsn' || !orgIds.has(m.organisationId)) continue;
    if (
      asOf !== undefined &&
      ((m.since !== undefined && m.since > asOf) || (m.until !== undefined && m.until < asOf))
    )
      continue;
    const tier = TIER_ORDER.indexOf(m.tier);
    const best = ahsnOf.get(m.organisationId);
    if (
      !best ||
      tier < best.tier ||
      (tier === best.tier && (cmp(n.name, best.network.name) || cmp(n.id, best.network.id)) < 0)
    )
      ahsnOf.set(m.organisationId, { network: n, tier });
  }
  return ahsnOf;
}

/** One organisation's totals from its latest assessments (sorted here into cell order). */
function organisationAcc(list: WithId<AssessmentInput>[]): Acc {
  const acc = newAcc();
  list.sort((a, b) => cellIndex(a.staffGroup, a.level) - cellIndex(b.staffGroup, b.level));
  acc.organisations = 1;
  acc.assessed = list.length > 0 ? 1 : 0;
  for (const a of list) {
    const target = a.targetTrained;
    acc.cells[cellIndex(a.staffGroup, a.level)] = [
      1,
      a.headcount,
      a.trained,
      target ?? 0,
      target === undefined ? 0 : 1,
      target === undefined ? 0 : Math.max(0, target - a.trained),
    ];
    acc.levelAssessed[LEVELS.indexOf(a.level)] = 1;
  }
  return acc;
}

const nullLast = (a: string | null, b: string | null) => Number(a === null) - Number(b === null);

/** The AHSN totals, by name with `unassigned` last. */
function ahsnUnits(
  ahsnAcc: Map<string | null, Acc>,
  networks: ReadonlyMap<string, WithId<Network>>,
): AhsnCapability[] {
  return [...ahsnAcc]
    .map(([ahsnId, acc]): AhsnCapability => {
      const n = ahsnId === null ? undefined : networks.get(ahsnId);
      return { ahsnId, key: n?.key ?? 'unassigned', name: n?.name ?? 'No AHSN', ...unitOf(acc) };
    })
    .sort(
      (a, b) =>
        nullLast(a.ahsnId, b.ahsnId) || cmp(a.name, b.name) || cmp(a.ahsnId ?? '', b.ahsnId ?? ''),
    );
}

/** The region totals, by name with `unknown` last. */
function regionUnits(
  regionAcc: Map<string | null, Acc>,
  geographies: ReadonlyMap<string, Geography>,
): RegionCapability[] {
  return [...regionAcc]
    .map(([regionId, acc]): RegionCapability => {
      const g = regionId === null ? undefined : geographies.get(regionId);
      return {
        regionId,
        key: g?.key ?? 'unknown',
        name: g?.name ?? 'Unknown region',
        ...unitOf(acc),
      };
    })
    .sort(
      (a, b) =>
        nullLast(a.regionId, b.regionId) ||
        cmp(a.name, b.name) ||
        cmp(a.regionId ?? '', b.regionId ?? ''),
    );
}

/**
 * The improvement-capability baseline (rec 9.i) rolled up from organisations to AHSNs (through AHSN
 * membership; best tier, then name, if several) and to NHS England regions (through the
 * organisation's geography), and to England: per staff group x level the latest assessment of each
 * organisation, summed. Every level adds up: England = sum of regions = sum of AHSNs (with an
 * `unassigned` bucket) = sum of organisations. Coverage counts organisations without an assessment.
 * @example capabilityRollup({ assessments, organisations, memberships, networks, geographies }).england.coverage
 */
export function capabilityRollup(input: CapabilityRollupInput): CapabilityRollup {
  const { asOf } = input;
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new ValidationError(`asOf must be a date YYYY-MM-DD, got "${asOf}"`, [
      { path: ['asOf'], message: 'expected YYYY-MM-DD' },
    ]);
  const organisations = input.organisations
    .filter(
      (o) =>
        asOf === undefined ||
        ((o.openedOn === undefined || o.openedOn <= asOf) &&
          (o.closedOn === undefined || o.closedOn > asOf)),
    )
    .sort((a, b) => cmp(a.id, b.id));
  const orgIds = new Set(organisations.map((o) => o.id));

  const dimension = input.dimension ?? 'improvement';
  const { byOrg, unmatched } = latestAssessments(input, orgIds, dimension);

  const networks = new Map((input.networks ?? []).map((n) => [n.id, n]));
  const ahsnOf = ahsnOfOrganisations(input, networks, orgIds);
  const geographies = new Map((input.geographies ?? []).map((g) => [g.id, g]));

  const ahsnAcc = new Map<string | null, Acc>();
  const regionAcc = new Map<string | null, Acc>();
  for (const n of networks.values()) if (n.type === 'ahsn') ahsnAcc.set(n.id, newAcc());
  for (const g of geographies.values()) if (g.kind === 'region') regionAcc.set(g.id, newAcc());
  const england = newAcc();

  const orgUnits = organisations.map((o): OrganisationCapability => {
    const list = byOrg.get(o.id) ?? [];
    const acc = organisationAcc(list);
    const ahsnId = ahsnOf.get(o.id)?.network.id ?? null;
    const regionId = regionOf(o.geographyId, geographies)?.id ?? null;
    for (const [map, key] of [
      [ahsnAcc, ahsnId],
      [regionAcc, regionId],
    ] as const) {
      const into = map.get(key) ?? newAcc();
      addInto(into, acc);
      map.set(key, into);
    }
    addInto(england, acc);
    return {
      organisationId: o.id,
      name: o.name,
      ahsnId,
      regionId,
      assessmentIds: list.map((a) => a.id),
      ...unitOf(acc),
    };
  });

  const ahsns = ahsnUnits(ahsnAcc, networks);
  const regions = regionUnits(regionAcc, geographies);

  return {
    asOf: asOf ?? null,
    dimension,
    england: unitOf(england),
    regions,
    ahsns,
    organisations: orgUnits,
    unmatchedAssessmentIds: unmatched.sort(cmp),
  };
}
