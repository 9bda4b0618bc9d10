import type { Context } from 'hono';
import { callApi, getApi, listAll, PageError, problemText } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { MdcIcons } from '../charts/mdc-icons.js';
import { RenderCache } from '../charts/render-cache.js';
import { SpcChart, type SpcAnalysis } from '../charts/spc-chart.js';
import { dataCacheOf } from '../data-cache.js';
import { HtmlFragment } from '../html-fragment.js';
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  PostForm,
  TextArea,
  TextInput,
} from '../components/form-fields.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import { parsePastedValues } from './parse-values.js';
import { compact, numberOf, submitToApi } from './submit.js';

type Rec = Record<string, unknown> & { id: string };

/** `/workspace/measures/{id}`: the SPC chart, its icons, the values, and forms to add more. */
export async function measurePage(
  c: Context<WebEnv>,
  id: string,
  state: { errors?: FieldErrors; values?: Record<string, string>; status?: 400 | 409 } = {},
) {
  const measure = await getApi<Rec>(c, `/measures/${encodeURIComponent(id)}`);
  const [project, spc] = await Promise.all([
    callApi<Rec>(
      c,
      'GET',
      `/improvement-projects/${encodeURIComponent(String(measure['projectId']))}`,
    ),
    spcSection(c, id, measure),
  ]);
  const edit = canAct(c.var.session, 'editor');
  const errors = state.errors ?? {};
  const target = typeof measure['target'] === 'number' ? (measure['target'] as number) : undefined;
  const name = String(measure['name']);
  return renderPage(
    c,
    name,
    [
      <>
        <nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">
          <ol class="nhsuk-breadcrumb__list">
            <li class="nhsuk-breadcrumb__list-item">
              <a class="nhsuk-breadcrumb__link" href="/workspace/projects">
                Projects
              </a>
            </li>
            {project.ok ? (
              <li class="nhsuk-breadcrumb__list-item">
                <a
                  class="nhsuk-breadcrumb__link"
                  href={`/workspace/projects/${encodeURIComponent(project.data.id)}`}
                >
                  {String(project.data['title'])}
                </a>
              </li>
            ) : null}
          </ol>
        </nav>
        <ErrorSummary errors={errors} />
        <h1>
          {name} <span class="nhsuk-caption-l">{String(measure['kind'])} measure</span>
        </h1>
        <p class="nhsuk-body">{String(measure['definition'])}</p>
        <dl class="nhsuk-summary-list">
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Unit</dt>
            <dd class="nhsuk-summary-list__value">{String(measure['unit'])}</dd>
          </div>
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Improvement is</dt>
            <dd class="nhsuk-summary-list__value">{String(measure['improvementDirection'])}</dd>
          </div>
          <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">Target</dt>
            <dd class="nhsuk-summary-list__value">{target ?? 'none'}</dd>
          </div>
        </dl>
        <h2>Statistical process control chart</h2>
      </>,
      spc ?? <p class="nhsuk-body">No values yet: add the first below.</p>,
      edit ? (
        <>
          <h2>Add a value</h2>
          <PostForm
            action={`/workspace/measures/${encodeURIComponent(id)}/values`}
            csrf={c.var.csrf}
          >
            <TextInput
              name="date"
              label="Date"
              hint="For example, 2015-04-01"
              width={10}
              value={state.values?.['date']}
              errors={errors}
            />
            <TextInput
              name="value"
              label="Value"
              width={10}
              inputmode="decimal"
              value={state.values?.['value']}
              errors={errors}
            />
            <TextInput
              name="note"
              label="Note (optional)"
              value={state.values?.['note']}
              errors={errors}
            />
            <Button>Add value</Button>
          </PostForm>
          <h2>Paste values from a spreadsheet</h2>
          <PostForm
            action={`/workspace/measures/${encodeURIComponent(id)}/paste`}
            csrf={c.var.csrf}
          >
            <TextArea
              name="paste"
              label="Dates and values"
              hint="Copy two columns (date, value) from a spreadsheet and paste them here. A value for a date already recorded replaces it."
              rows={8}
              value={state.values?.['paste']}
              errors={errors}
            />
            <Button>Add pasted values</Button>
          </PostForm>
        </>
      ) : null,
    ],
    state.status ?? 200,
  );
}

const byContent = new RenderCache<HtmlFragment>();

/**
 * The SPC section of a measure's page (icons, warnings, the chart with its data table), rendered
 * and compressed once per version of the data: on a hit the page needs neither the analysis nor
 * the chart; a change elsewhere in the database costs the analysis only, not the chart.
 */
function spcSection(c: Context<WebEnv>, id: string, measure: Rec) {
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
          new HtmlFragment(
            String(
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
                <SpcChart analysis={a} name={name} unit={unit} target={target} />
              </>,
            ),
          ),
      );
    },
  );
}

/** Adds one value from the form. */
export async function addValue(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const values = {
    date: field(form, 'date'),
    value: field(form, 'value'),
    note: field(form, 'note'),
  };
  const r = await submitToApi(
    c,
    'POST',
    '/measure-values',
    compact({ measureId: id, date: values.date, value: numberOf(values.value), note: values.note }),
  );
  if (!r.ok) return measurePage(c, id, { errors: r.errors, values, status: 400 });
  return c.redirect(`/workspace/measures/${encodeURIComponent(id)}`, 303);
}

/** Adds (or replaces, by date) the values pasted from a spreadsheet; nothing is saved if a line is wrong. */
export async function pasteValues(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const paste = field(form, 'paste');
  const parsed = parsePastedValues(paste);
  if (parsed.errors.length || parsed.values.length === 0) {
    const message =
      parsed.errors.map((e) => e.message).join('; ') || 'Paste at least one date and value';
    return measurePage(c, id, { errors: { paste: message }, values: { paste }, status: 400 });
  }
  const existing = new Map(
    (await listAll<Rec>(c, 'measure-values', { measureId: id }, 10_000)).map((v) => [
      String(v['date']),
      v.id,
    ]),
  );
  for (const v of parsed.values) {
    const known = existing.get(v.date);
    const r = known
      ? await submitToApi(c, 'PATCH', `/measure-values/${encodeURIComponent(known)}`, {
          value: v.value,
        })
      : await submitToApi(c, 'POST', '/measure-values', {
          measureId: id,
          date: v.date,
          value: v.value,
        });
    if (!r.ok)
      return measurePage(c, id, {
        errors: { paste: `${v.date}: ${r.message}` },
        values: { paste },
        status: 400,
      });
  }
  return c.redirect(`/workspace/measures/${encodeURIComponent(id)}`, 303);
}
