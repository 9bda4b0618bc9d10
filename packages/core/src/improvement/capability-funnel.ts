import { analyseFunnel, type FunnelUnitResult } from './spc/index.js';
import type { CapabilityLevel, StaffGroup } from './capability-assessment.js';
import {
  capabilityRollup,
  type CapabilityRollupInput,
  type CapabilityUnit,
} from './capability-rollup.js';

/** What the funnel compares: organisations (default), AHSNs or NHS England regions. */
export type CapabilityFunnelBy = 'organisation' | 'ahsn' | 'region';

export interface CapabilityFunnelInput extends CapabilityRollupInput {
  staffGroup: StaffGroup;
  level: CapabilityLevel;
  by?: CapabilityFunnelBy;
}

/** A unit left off the funnel: not assessed for this staff group and level, no staff in the group, or outside any AHSN/region. */
export interface CapabilityFunnelExclusion {
  unit: string | null;
  name: string;
  reason: 'not_assessed' | 'no_staff' | 'unassigned';
}

export interface CapabilityFunnel {
  staffGroup: StaffGroup;
  level: CapabilityLevel;
  by: CapabilityFunnelBy;
  /** Trained / headcount over every unit plotted; null when there is none. */
  pooledProportion: number | null;
  /** Units plotted (`unit` is the organisation, AHSN or region id), in the rollup's order. */
  units: (FunnelUnitResult & { name: string })[];
  excluded: CapabilityFunnelExclusion[];
}

/**
 * Variation in improvement capability between organisations (or AHSNs, or regions) for one staff
 * group and level, as a funnel plot: the share trained (numerator trained, denominator headcount,
 * latest assessments) against 95% and 99.8% limits around the pooled share (`analyseFunnel`).
 * @example capabilityFunnel({ ...data, staffGroup: 'clinicians', level: 'practitioner' }).units.filter((u) => u.flag !== 'inside')
 */
export function capabilityFunnel(input: CapabilityFunnelInput): CapabilityFunnel {
  const { staffGroup, level } = input;
  const by = input.by ?? 'organisation';
  const rollup = capabilityRollup(input);
  const candidates: { id: string | null; name: string; unit: CapabilityUnit }[] =
    by === 'organisation'
      ? rollup.organisations.map((o) => ({ id: o.organisationId, name: o.name, unit: o }))
      : by === 'ahsn'
        ? rollup.ahsns.map((a) => ({ id: a.ahsnId, name: a.name, unit: a }))
        : rollup.regions.map((r) => ({ id: r.regionId, name: r.name, unit: r }));

  const plotted: { id: string; name: string; trained: number; headcount: number }[] = [];
  const excluded: CapabilityFunnelExclusion[] = [];
  for (const c of candidates) {
    const cell = c.unit.cells.find((x) => x.staffGroup === staffGroup && x.level === level);
    if (c.id === null) excluded.push({ unit: null, name: c.name, reason: 'unassigned' });
    else if (!cell || cell.assessed === 0)
      excluded.push({ unit: c.id, name: c.name, reason: 'not_assessed' });
    else if (cell.headcount === 0) excluded.push({ unit: c.id, name: c.name, reason: 'no_staff' });
    else plotted.push({ id: c.id, name: c.name, trained: cell.trained, headcount: cell.headcount });
  }
  if (plotted.length === 0)
    return { staffGroup, level, by, pooledProportion: null, units: [], excluded };

  const funnel = analyseFunnel(
    plotted.map((p) => ({ unit: p.id, numerator: p.trained, denominator: p.headcount })),
  );
  return {
    staffGroup,
    level,
    by,
    pooledProportion: funnel.pooledProportion,
    units: funnel.units.map((u, i) => ({ ...u, name: (plotted[i] as { name: string }).name })),
    excluded,
  };
}
