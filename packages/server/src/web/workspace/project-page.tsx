import type { Context } from 'hono';
import type { DriverDiagram } from '@tessera/core';
import { getApi, listAll } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { ErrorSummary } from '../components/form-fields.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import { parseDriverOutline } from './driver-diagram.js';
import type { FormState, Rec } from './page-state.js';
import {
  DriverDiagramSection,
  MeasuresSection,
  PdsaSection,
  ProjectHeader,
} from './project-parts.js';
import { compact, numberOf, submitToApi } from './submit.js';

/** `/workspace/projects/{id}`: its driver diagram, PDSA cycles and measures. */
export async function projectPage(c: Context<WebEnv>, id: string, state: FormState = {}) {
  const project = await getApi<Rec>(c, `/improvement-projects/${encodeURIComponent(id)}`);
  const [cycles, measures] = await Promise.all([
    listAll<Rec>(c, 'pdsa-cycles', { projectId: id }),
    listAll<Rec>(c, 'measures', { projectId: id }),
  ]);
  const section = {
    base: `/workspace/projects/${encodeURIComponent(id)}`,
    csrf: c.var.csrf,
    edit: canAct(c.var.session, 'editor'),
    values: state.values ?? {},
    errors: state.errors ?? {},
  };
  return renderPage(
    c,
    String(project['title']),
    <>
      <ErrorSummary errors={section.errors} />
      <ProjectHeader project={project} />
      <DriverDiagramSection
        {...section}
        diagram={project['driverDiagram'] as DriverDiagram | undefined}
      />
      <MeasuresSection {...section} measures={measures} />
      <PdsaSection {...section} cycles={cycles} />
    </>,
    state.status ?? 200,
  );
}

/** Saves the driver diagram from its outline. */
export async function saveDriverDiagram(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const project = await getApi<Rec>(c, `/improvement-projects/${encodeURIComponent(id)}`);
  const outline = field(form, 'outline');
  const diagram = parseDriverOutline(String(project['aim']), outline);
  const r = await submitToApi(c, 'PATCH', `/improvement-projects/${encodeURIComponent(id)}`, {
    driverDiagram: diagram ?? null,
  });
  if (!r.ok)
    return projectPage(c, id, { errors: { outline: r.message }, values: { outline }, status: 400 });
  return c.redirect(`/workspace/projects/${encodeURIComponent(id)}`, 303);
}

/** Adds a measure to the project. */
export async function addMeasure(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const names = ['name', 'kind', 'definition', 'unit', 'improvementDirection', 'target', 'rebase'];
  const values = Object.fromEntries(names.map((n) => [n, field(form, n)]));
  const body = compact({
    projectId: id,
    name: values['name'],
    kind: values['kind'],
    definition: values['definition'],
    unit: values['unit'],
    improvementDirection: values['improvementDirection'],
    target: numberOf(values['target'] ?? ''),
    rebase: values['rebase']
      ? values['rebase']
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined,
  });
  const r = await submitToApi(c, 'POST', '/measures', body);
  if (!r.ok) return projectPage(c, id, { errors: r.errors, values, status: 400 });
  return c.redirect(`/workspace/measures/${encodeURIComponent(String((r.data as Rec).id))}`, 303);
}

/** Records the project's next PDSA cycle. */
export async function addPdsa(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const values = Object.fromEntries(
    ['changeIdea', 'plan', 'prediction', 'startDate'].map((n) => [n, field(form, n)]),
  );
  const cycles = await listAll<Rec>(c, 'pdsa-cycles', { projectId: id });
  const cycleNumber = Math.max(0, ...cycles.map((p) => Number(p['cycleNumber']))) + 1;
  const r = await submitToApi(
    c,
    'POST',
    '/pdsa-cycles',
    compact({ projectId: id, cycleNumber, ...values }),
  );
  if (!r.ok) return projectPage(c, id, { errors: r.errors, values, status: 400 });
  return c.redirect(`/workspace/projects/${encodeURIComponent(id)}`, 303);
}
