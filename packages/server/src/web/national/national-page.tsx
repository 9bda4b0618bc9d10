import { barSvg, BarChart } from '../charts/bar-chart.js';
import { FunnelChart } from '../charts/funnel-chart.js';
import { SvgFigure } from '../charts/svg-figure.js';
import { DataTable } from '../components/data-table.js';
import type { NationalData } from './national-data.js';
import { FIGURES, regionOfAhsn } from './national-figures.js';
import { FigureSection, FigureTable } from './figure-section.js';

const share = (x: number | null | undefined) => x ?? 0;

/** Small multiples: one chart per region of its AHSNs' strategy compliance, on the same scale. */
function RegionMultiples(props: { d: NationalData }) {
  const { d } = props;
  const region = regionOfAhsn(d);
  const compliance = new Map((d.compliance.byNetwork.ahsn ?? []).map((n) => [n.networkId, n]));
  const regions = d.rollup.regions.filter((r) => r.regionId);
  return (
    <div class="tessera-multiples">
      {regions.map((r, i) => {
        const ahsns = d.rollup.ahsns.filter((a) => a.ahsnId && region.get(a.ahsnId) === r.name);
        const bars = ahsns.map((a) => ({
          label: a.name,
          value: share(compliance.get(a.ahsnId!)?.share),
        }));
        return (
          <SvgFigure
            id={`region-${i}`}
            svg={barSvg(bars, {
              width: 300,
              height: Math.max(90, 24 * bars.length + 30),
              percent: true,
            })}
            caption={r.name}
            summary={`${r.name}: ${bars.map((b) => `${b.label} ${Math.round(b.value * 100)}%`).join(', ') || 'no AHSNs'}.`}
            table={
              <DataTable
                caption={`${r.name}: strategy compliance by AHSN`}
                rows={bars}
                columns={[
                  { header: 'AHSN', cell: (b) => b.label },
                  {
                    header: 'Compliance',
                    cell: (b) => `${Math.round(b.value * 100)}%`,
                    numeric: true,
                  },
                ]}
              />
            }
          />
        );
      })}
    </div>
  );
}

/** The page's sections, in order, for its contents list. */
const CONTENTS = [
  ['england', 'England by region and AHSN'],
  ['strategy', 'Strategy coverage and compliance'],
  ['capability', 'Improvement capability'],
  ['assurance', 'Assurance by quarter'],
  ['savings', 'Allocations and savings'],
  ['succession', 'Succession risk'],
  ['diversity', 'Diversity'],
  ['interventions', 'Repeated interventions'],
  ['sync', 'Sync health'],
] as const;

/** The sections that are a figure's table alone. */
const TABLES: Record<string, { heading: string; lede: string; max?: number }> = {
  assurance: {
    heading: 'Assurance by quarter',
    lede: 'Quarterly returns of AHSNs and Clinical Networks by workflow status and overall rating (annex G 62.d).',
    max: 8,
  },
  succession: {
    heading: 'Succession risk of the top posts',
    lede: 'Posts with no successor ready now, or whose incumbent is likely to leave (rec 13.ii).',
  },
  diversity: {
    heading: 'Diversity against the population served',
    lede: 'Published only as suppressed aggregates: counts under 10 are hidden, and so are the counts that would reveal them (para 103).',
  },
  interventions: {
    heading: 'Repeated interventions',
    lede: 'Organisations that several interventions reached in the last three years (para 98: interventions targeted and limited).',
  },
  sync: {
    heading: 'Sync health of every instance',
    lede: 'When each local instance last reached the hub, how far it has sent, what was quarantined, and its last error.',
    max: 50,
  },
};

/** A section that is one figure's table. */
function TableSection(props: { d: NationalData; id: string }) {
  const t = TABLES[props.id]!;
  return (
    <FigureSection id={props.id} heading={t.heading} lede={t.lede}>
      <FigureTable
        figure={props.id}
        rows={FIGURES[props.id]!(props.d)}
        {...(t.max === undefined ? {} : { max: t.max })}
      />
    </FigureSection>
  );
}

/** England by region and AHSN: compliance and coverage by region, each region's AHSNs, the LDPs. */
function EnglandSection(props: { d: NationalData }) {
  const { d } = props;
  const f = (key: string) => FIGURES[key]!(d);
  return (
    <FigureSection
      id="england"
      heading="England by region and AHSN"
      lede="Strategy compliance (organisations with a current improvement and leadership strategy, rec 2) and coverage of the capability baseline (rec 9.i)."
    >
      <BarChart
        id="regions-chart"
        caption="Strategy compliance and capability coverage by region"
        percent
        valueName="Strategy compliance"
        compareName="Capability coverage"
        bars={d.compliance.byRegion.map((r) => ({
          label: r.name,
          value: r.share,
          compare: share(d.rollup.regions.find((x) => x.regionId === r.regionId)?.coverage),
        }))}
      />
      <FigureTable figure="regions" rows={f('regions')} />
      <h3>Each region's AHSNs at a glance</h3>
      <RegionMultiples d={d} />
      <FigureTable figure="ahsns" rows={f('ahsns')} max={20} />
      <FigureTable figure="ldps" rows={f('ldps')} max={20} />
    </FigureSection>
  );
}

/** Strategy coverage of the national priorities, and compliance overall. */
const StrategySection = (props: { d: NationalData }) => (
  <FigureSection
    id="strategy"
    heading="Strategy coverage and compliance"
    lede={`${(props.d.compliance.overall.share * 100).toFixed(1)}% of organisations have a current strategy. National priorities addressed by organisation strategies and local delivery plans (rec 1, rec 7.iii):`}
  >
    <BarChart
      id="coverage-chart"
      caption="National priorities addressed, by strategy"
      valueName="Addressed"
      compareName="Priorities"
      bars={props.d.coverage.strategies.map((s) => ({
        label: s.title,
        value: s.covered,
        compare: s.total,
      }))}
    />
    <FigureTable figure="strategy-coverage" rows={FIGURES['strategy-coverage']!(props.d)} />
  </FigureSection>
);

/** The capability baseline: who has assessed, and the funnel of AHSNs against England. */
const CapabilitySection = (props: { d: NationalData }) => (
  <FigureSection
    id="capability"
    heading="Improvement capability"
    lede={`${props.d.rollup.england.assessed} of ${props.d.rollup.england.organisations} organisations have assessed their staff. The funnel shows which AHSNs differ from England by more than chance.`}
  >
    <FunnelChart
      id="capability-funnel"
      caption="Front-line staff at practitioner level, by AHSN"
      pooled={props.d.funnel.pooledProportion}
      units={props.d.funnel.units}
    />
    <FigureTable figure="capability" rows={FIGURES['capability']!(props.d)} />
  </FigureSection>
);

/** Annex H allocations and savings against the savings required. */
const SavingsSection = (props: { d: NationalData }) => (
  <FigureSection
    id="savings"
    heading="Allocations and savings against targets"
    lede="Annex H allocations and the savings the review asks for (para 121: at least 15% across the architecture)."
  >
    <BarChart
      id="savings-chart"
      caption="Saving against the required saving, per cent"
      valueName="Saving %"
      compareName="Required %"
      bars={props.d.savings.map((s) => ({
        label: s.scope,
        value: s.savingPercent,
        ...(s.requiredPercent === null ? {} : { compare: s.requiredPercent }),
      }))}
    />
    <FigureTable figure="savings" rows={FIGURES['savings']!(props.d)} />
  </FigureSection>
);

/** `/national`: England at a glance for the national team. */
export function NationalPage(props: { d: NationalData }) {
  const { d } = props;
  return (
    <>
      <h1>The national picture</h1>
      <p class="nhsuk-lede-text">
        England's improvement and leadership architecture from every instance that has synced with
        the hub: {d.rollup.regions.filter((r) => r.regionId).length} regions,{' '}
        {(d.compliance.byNetwork.ahsn ?? []).length} AHSNs and{' '}
        {(d.compliance.byNetwork.ldp ?? []).length} Local Delivery Partners.
      </p>
      <nav aria-label="On this page">
        <ul class="nhsuk-contents-list__list">
          {CONTENTS.map(([id, text]) => (
            <li class="nhsuk-contents-list__item">
              <a class="nhsuk-contents-list__link" href={`#${id}-heading`}>
                {text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <EnglandSection d={d} />
      <StrategySection d={d} />
      <CapabilitySection d={d} />
      <TableSection d={d} id="assurance" />
      <SavingsSection d={d} />
      {['succession', 'diversity', 'interventions', 'sync'].map((id) => (
        <TableSection d={d} id={id} />
      ))}
    </>
  );
}
