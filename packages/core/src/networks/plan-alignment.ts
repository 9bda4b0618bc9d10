import type { WithId } from '../common/with-id.js';
import type { BusinessPlan } from './business-plan.js';
import type { Network, PriorityArea } from './network.js';

export interface PlanAlignmentInput {
  networks: readonly WithId<Network>[];
  plans: readonly WithId<BusinessPlan>[];
  /** The financial year compared, e.g. `2015/16`. */
  year: string;
  /**
   * The senate / clinical network geographies each AHSN's footprint lies in (from its members:
   * `coterminosity().ahsns[].geographies`); the clinical networks of those geographies are its own.
   */
  ahsnGeographies: ReadonlyMap<string, readonly string[]>;
}

export interface ClinicalNetworkAlignment {
  networkId: string;
  name: string;
  priorityArea: PriorityArea;
  /** The clinical network's own plan for the year, if it has one. */
  planId: string | null;
  /** The AHSN's plan addresses this network's priority area. */
  addressedByAhsn: boolean;
  /** The AHSN's deliverables that serve this priority area, by title. */
  sharedDeliverables: string[];
}

export type AlignmentStatus =
  | 'no_plan'
  | 'aligned'
  | 'partly_aligned'
  | 'not_aligned'
  | 'no_networks';

export interface AhsnPlanAlignment {
  ahsnId: string;
  name: string;
  planId: string | null;
  /** The priority areas the AHSN's plan addresses (its focus and its deliverables'). */
  ahsnPriorities: PriorityArea[];
  clinicalNetworks: ClinicalNetworkAlignment[];
  /** Clinical networks' priority areas the AHSN's plan does not address. */
  gaps: PriorityArea[];
  /** Addressed / all clinical networks' priority areas; null with no networks or no plan. */
  score: number | null;
  status: AlignmentStatus;
}

export interface PlanAlignment {
  year: string;
  ahsns: AhsnPlanAlignment[];
  /** AHSNs whose plans address every priority of their clinical networks. */
  aligned: number;
}

const byName = <T extends { name: string }>(a: T, b: T) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** The priority areas a plan addresses: its focus and the areas of its deliverables. */
function prioritiesOf(plan: BusinessPlan | undefined): Set<PriorityArea> {
  const out = new Set<PriorityArea>(plan?.priorityAreas ?? []);
  for (const d of plan?.deliverables ?? []) if (d.priorityArea) out.add(d.priorityArea);
  return out;
}

/**
 * Alignment of each AHSN's business plan with its Clinical Networks' priorities (annex G 59.b:
 * "a minimum expectation that AHSNs and Clinical Networks' business plans, including focus,
 * priorities and delivery mechanisms are aligned"): for every clinical network of the AHSN's
 * geographies, whether the AHSN's plan for the year addresses its priority area, and the shared
 * deliverables; the gaps and a score per AHSN.
 * @example planAlignment({ networks, plans, year: '2015/16', ahsnGeographies }).ahsns[0].gaps
 */
export function planAlignment(input: PlanAlignmentInput): PlanAlignment {
  const planOf = new Map<string, WithId<BusinessPlan>>();
  for (const p of input.plans)
    if (p.year === input.year && !planOf.has(p.networkId)) planOf.set(p.networkId, p);
  const clinical = input.networks.filter((n) => n.type === 'clinical_network' && n.priorityArea);
  const ahsns = input.networks.filter((n) => n.type === 'ahsn').sort(byName);
  const out = ahsns.map((ahsn): AhsnPlanAlignment => {
    const plan = planOf.get(ahsn.id);
    const mine = prioritiesOf(plan);
    const geographies = new Set(input.ahsnGeographies.get(ahsn.id) ?? []);
    const networks = clinical
      .filter((n) => n.geographyId !== undefined && geographies.has(n.geographyId))
      .sort(byName)
      .map((n): ClinicalNetworkAlignment => {
        const area = n.priorityArea!;
        return {
          networkId: n.id,
          name: n.name,
          priorityArea: area,
          planId: planOf.get(n.id)?.id ?? null,
          addressedByAhsn: mine.has(area),
          sharedDeliverables: (plan?.deliverables ?? [])
            .filter((d) => d.priorityArea === area)
            .map((d) => d.title),
        };
      });
    const areas = [...new Set(networks.map((n) => n.priorityArea))].sort();
    const gaps = areas.filter((a) => !mine.has(a));
    const score = plan && areas.length > 0 ? (areas.length - gaps.length) / areas.length : null;
    const status: AlignmentStatus = !plan
      ? 'no_plan'
      : areas.length === 0
        ? 'no_networks'
        : gaps.length === 0
          ? 'aligned'
          : gaps.length === areas.length
            ? 'not_aligned'
            : 'partly_aligned';
    return {
      ahsnId: ahsn.id,
      name: ahsn.name,
      planId: plan?.id ?? null,
      ahsnPriorities: [...mine].sort(),
      clinicalNetworks: networks,
      gaps,
      score,
      status,
    };
  });
  return {
    year: input.year,
    ahsns: out,
    aligned: out.filter((a) => a.status === 'aligned').length,
  };
}
