import type { Context } from 'hono';
import { callApiCached, listAll, PageError, problemText } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { dataCacheOf } from '../data-cache.js';
import { SLOT } from '../page-template.js';
import { bodyTemplate, type PageBody, renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import { MeasureHeader, type MeasureFormState, ValueForms } from './measure-parts.js';
import { spcSection } from './measure-spc-section.js';
import { parsePastedValues } from './parse-values.js';
import { compact, numberOf, submitToApi } from './submit.js';

type Rec = Record<string, unknown> & { id: string };

/**
 * `/workspace/measures/{id}`: the SPC chart, its icons, the values, and forms to add more. Shown
 * afresh (no refused form to show again), the body is rendered and compressed once per version of
 * the data, project and role, with a hole for the CSRF token.
 */
export async function measurePage(c: Context<WebEnv>, id: string, state: MeasureFormState = {}) {
  const read = await callApiCached<Rec>(c, `/measures/${encodeURIComponent(id)}`);
  if (!read.ok) throw new PageError(read.status, problemText(read.data));
  const measure = read.data;
  const project = await callApiCached<Rec>(
    c,
    `/improvement-projects/${encodeURIComponent(String(measure['projectId']))}`,
  );
  const edit = canAct(c.var.session, 'editor');
  const body = async (csrf: string, s: MeasureFormState): Promise<PageBody> => [
    <MeasureHeader
      measure={measure}
      project={project.ok ? project.data : undefined}
      errors={s.errors ?? {}}
    />,
    (await spcSection(c, id, measure)) ?? (
      <p class="nhsuk-body">No values yet: add the first below.</p>
    ),
    edit ? <ValueForms id={id} csrf={csrf} state={s} /> : null,
  ];
  const name = String(measure['name']);
  if (state.errors || state.values)
    return renderPage(c, name, await body(c.var.csrf, state), state.status ?? 200);
  const version = (r: Rec) => `${r.id}@${String(r['version'])}`;
  const key = `${version(measure)}:${project.ok ? version(project.data) : '-'}:${edit}`;
  const template = await dataCacheOf(c.var.store, 'measure-pages', { max: 200 }).get(
    key,
    async () => bodyTemplate(await body(SLOT.csrf, {})),
  );
  return renderPage(c, name, template, state.status ?? 200);
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
