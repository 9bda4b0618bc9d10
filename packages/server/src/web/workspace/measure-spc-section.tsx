import type { Context } from 'hono';
import { callApi, PageError, problemText } from '../api-client.js';
import { MdcIcons } from '../charts/mdc-icons.js';
import { RenderCache } from '../charts/render-cache.js';
import { SpcChart, type SpcAnalysis } from '../charts/spc-chart.js';
import { dataCacheOf } from '../data-cache.js';
import { HtmlFragment } from '../html-fragment.js';
import type { WebEnv } from '../web-env.js';

type Rec = Record<string, unknown> & { id: string };

/** The Making Data Count icons, the analysis's warnings and the chart with its data table. */
function SpcSection(props: { a: SpcAnalysis; name: string; unit: string; target?: number }) {
  const { a } = props;
  return (
    <>
      <MdcIcons variation={a.variationIcon} assurance={a.assuranceIcon} />
      {a.warnings.map((w) => (
        <div class="nhsuk-warning-callout">
          <h3 class="nhsuk-warning-callout__label">
            <span class="nhsuk-u-visually-hidden">Important: </span>Note
          </h3>
          <p>{w}</p>
        </div>
      ))}
      <SpcChart analysis={a} name={props.name} unit={props.unit} target={props.target} />
    </>
  );
}

const byContent = new RenderCache<HtmlFragment>();

/**
 * The SPC section of a measure's page (icons, warnings, the chart with its data table), rendered
 * and compressed once per version of the data: on a hit the page needs neither the analysis nor
 * the chart; a change elsewhere in the database costs the analysis only, not the chart. Undefined
 * while the measure has no values.
 */
export function spcSection(
  c: Context<WebEnv>,
  id: string,
  measure: Rec,
): Promise<HtmlFragment | undefined> {
  const name = String(measure['name']);
  const unit = String(measure['unit']);
  const target = typeof measure['target'] === 'number' ? (measure['target'] as number) : undefined;
  return dataCacheOf(c.var.store, 'spc-sections', { max: 200 }).get(
    `${id}@${String(measure['version'])}`,
    async () => {
      const spc = await callApi<SpcAnalysis>(c, 'GET', `/measures/${encodeURIComponent(id)}/spc`);
      // a measure without values answers 400 (nothing to chart yet): the page asks for the first
      if (spc.status === 400) return undefined;
      if (!spc.ok) throw new PageError(spc.status, problemText(spc.data));
      const a = spc.data;
      return byContent.get(
        { a, name, unit, target },
        () =>
          new HtmlFragment(String(<SpcSection a={a} name={name} unit={unit} target={target} />)),
      );
    },
  );
}
