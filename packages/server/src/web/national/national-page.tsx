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

/** `/national`: England at a glance for the national team. */
export function NationalPage(props: { d: NationalData }) {
  const { d } = props;
  const f = (key: string) => FIGURES[key]!(d);
  const cov = d.coverage.strategies;
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
          {[
            ['england', 'England by region and AHSN'],
            ['strategy', 'Strategy coverage and compliance'],
            ['capability', 'Improvement capability'],
            ['assurance', 'Assurance by quarter'],
            ['savings', 'Allocations and savings'],
            ['succession', 'Succession risk'],
            ['diversity', 'Diversity'],
            ['interventions', 'Repeated interventions'],
            ['sync', 'Sync health'],
          ].map(([id, text]) => (
            <li class="nhsuk-contents-list__item">
              <a class="nhsuk-contents-list__link" href={`#${id}-heading`}>
                {text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
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
      <FigureSection
        id="strategy"
        heading="Strategy coverage and compliance"
        lede={`${(d.compliance.overall.share * 100).toFixed(1)}% of organisations have a current strategy. National priorities addressed by organisation strategies and local delivery plans (rec 1, rec 7.iii):`}
      >
        <BarChart
          id="coverage-chart"
          caption="National priorities addressed, by strategy"
          valueName="Addressed"
          compareName="Priorities"
          bars={cov.map((s) => ({ label: s.title, value: s.covered, compare: s.total }))}
        />
        <FigureTable figure="strategy-coverage" rows={f('strategy-coverage')} />
      </FigureSection>
      <FigureSection
        id="capability"
        heading="Improvement capability"
        lede={`${d.rollup.england.assessed} of ${d.rollup.england.organisations} organisations have assessed their staff. The funnel shows which AHSNs differ from England by more than chance.`}
      >
        <FunnelChart
          id="capability-funnel"
          caption="Front-line staff at practitioner level, by AHSN"
          pooled={d.funnel.pooledProportion}
          units={d.funnel.units.map((u) => ({
            name: u.name,
            numerator: u.numerator,
            denominator: u.denominator,
            proportion: u.proportion,
            flag: u.flag,
          }))}
        />
        <FigureTable figure="capability" rows={f('capability')} />
      </FigureSection>
      <FigureSection
        id="assurance"
        heading="Assurance by quarter"
        lede="Quarterly returns of AHSNs and Clinical Networks by workflow status and overall rating (annex G 62.d)."
      >
        <FigureTable figure="assurance" rows={f('assurance')} max={8} />
      </FigureSection>
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
          bars={d.savings.map((s) => ({
            label: s.scope,
            value: s.savingPercent,
            ...(s.requiredPercent === null ? {} : { compare: s.requiredPercent }),
          }))}
        />
        <FigureTable figure="savings" rows={f('savings')} />
      </FigureSection>
      <FigureSection
        id="succession"
        heading="Succession risk of the top posts"
        lede="Posts with no successor ready now, or whose incumbent is likely to leave (rec 13.ii)."
      >
        <FigureTable figure="succession" rows={f('succession')} />
      </FigureSection>
      <FigureSection
        id="diversity"
        heading="Diversity against the population served"
        lede="Published only as suppressed aggregates: counts under 10 are hidden, and so are the counts that would reveal them (para 103)."
      >
        <FigureTable figure="diversity" rows={f('diversity')} />
      </FigureSection>
      <FigureSection
        id="interventions"
        heading="Repeated interventions"
        lede="Organisations that several interventions reached in the last three years (para 98: interventions targeted and limited)."
      >
        <FigureTable figure="interventions" rows={f('interventions')} />
      </FigureSection>
      <FigureSection
        id="sync"
        heading="Sync health of every instance"
        lede="When each local instance last reached the hub, how far it has sent, what was quarantined, and its last error."
      >
        <FigureTable figure="sync" rows={f('sync')} max={50} />
      </FigureSection>
    </>
  );
}
