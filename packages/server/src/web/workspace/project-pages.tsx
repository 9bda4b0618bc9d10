import type { Context } from 'hono';
import type { DriverDiagram } from '@tessera/core';
import { getApi, listAll } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { DataTable } from '../components/data-table.js';
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  PostForm,
  Select,
  TextArea,
  TextInput,
} from '../components/form-fields.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import { DriverDiagramView, parseDriverOutline } from './driver-diagram.js';
import { compact, numberOf, submitToApi } from './submit.js';

type Rec = Record<string, unknown> & { id: string };
type State = { errors?: FieldErrors; values?: Record<string, string>; status?: 400 };

const TYPES = [
  { value: 'service_improvement', text: 'Service improvement' },
  { value: 'service_transformation', text: 'Service transformation' },
  { value: 'service_intervention', text: 'Service intervention' },
];

/** `/workspace/projects`: the region's improvement projects, and a form to start one. */
export async function projectsPage(c: Context<WebEnv>, state: State = {}) {
  const projects = await listAll<Rec>(c, 'improvement-projects');
  const errors = state.errors ?? {};
  const v = state.values ?? {};
  return renderPage(
    c,
    'Improvement projects',
    <>
      <ErrorSummary errors={errors} />
      <h1>Improvement projects</h1>
      <DataTable
        caption="Projects"
        rows={projects}
        columns={[
          {
            header: 'Project',
            cell: (p) => (
              <a href={`/workspace/projects/${encodeURIComponent(p.id)}`}>{String(p['title'])}</a>
            ),
          },
          { header: 'Type', cell: (p) => String(p['type']).replaceAll('_', ' ') },
          { header: 'Status', cell: (p) => String(p['status']) },
        ]}
      />
      {canAct(c.var.session, 'editor') ? (
        <>
          <h2>Start a project</h2>
          <PostForm action="/workspace/projects" csrf={c.var.csrf}>
            <TextInput name="title" label="Title" value={v['title']} errors={errors} />
            <Select name="type" label="Type" options={TYPES} value={v['type']} errors={errors} />
            <TextInput
              name="organisationCode"
              label="Organisation (ODS code)"
              width={10}
              value={v['organisationCode']}
              errors={errors}
            />
            <TextArea name="aim" label="Aim" value={v['aim']} errors={errors} />
            <Button>Start project</Button>
          </PostForm>
        </>
      ) : null}
    </>,
    state.status ?? 200,
  );
}

/** Creates a project from the form. */
export async function createProject(c: Context<WebEnv>) {
  const form = await readForm(c);
  const values = {
    title: field(form, 'title'),
    type: field(form, 'type'),
    organisationCode: field(form, 'organisationCode').toUpperCase(),
    aim: field(form, 'aim'),
  };
  const orgs = values.organisationCode
    ? await getApi<{ items: Rec[] }>(
        c,
        `/organisations?odsCode=${encodeURIComponent(values.organisationCode)}`,
      ).catch(() => ({ items: [] }))
    : { items: [] };
  const org = orgs.items[0];
  if (!org)
    return projectsPage(c, {
      errors: { organisationCode: 'Enter the ODS code of an organisation, like RJZ' },
      values,
      status: 400,
    });
  const r = await submitToApi(
    c,
    'POST',
    '/improvement-projects',
    compact({ title: values.title, type: values.type, organisationId: org.id, aim: values.aim }),
  );
  if (!r.ok) return projectsPage(c, { errors: r.errors, values, status: 400 });
  return c.redirect(`/workspace/projects/${encodeURIComponent(String((r.data as Rec).id))}`, 303);
}

/** `/workspace/projects/{id}`: its driver diagram, PDSA cycles and measures. */
export async function projectPage(c: Context<WebEnv>, id: string, state: State = {}) {
  const project = await getApi<Rec>(c, `/improvement-projects/${encodeURIComponent(id)}`);
  const [cycles, measures] = await Promise.all([
    listAll<Rec>(c, 'pdsa-cycles', { projectId: id }),
    listAll<Rec>(c, 'measures', { projectId: id }),
  ]);
  const edit = canAct(c.var.session, 'editor');
  const errors = state.errors ?? {};
  const v = state.values ?? {};
  const base = `/workspace/projects/${encodeURIComponent(id)}`;
  return renderPage(
    c,
    String(project['title']),
    <>
      <ErrorSummary errors={errors} />
      <h1>
        {String(project['title'])}{' '}
        <span class="nhsuk-caption-l">
          {String(project['type']).replaceAll('_', ' ')}, {String(project['status'])}
        </span>
      </h1>
      <p class="nhsuk-lede-text">{String(project['aim'])}</p>
      <h2>Driver diagram</h2>
      <DriverDiagramView diagram={project['driverDiagram'] as DriverDiagram | undefined} />
      {edit ? (
        <PostForm action={`${base}/driver-diagram`} csrf={c.var.csrf}>
          <TextArea
            name="outline"
            label="Driver diagram outline"
            hint="One primary driver per line; '- ' before a secondary driver; '* ' before a change idea."
            value={v['outline']}
            errors={errors}
          />
          <Button secondary>Save driver diagram</Button>
        </PostForm>
      ) : null}
      <h2>Measures</h2>
      <DataTable
        caption="Measures"
        rows={measures}
        columns={[
          {
            header: 'Measure',
            cell: (m) => (
              <a href={`/workspace/measures/${encodeURIComponent(m.id)}`}>{String(m['name'])}</a>
            ),
          },
          { header: 'Kind', cell: (m) => String(m['kind']) },
          { header: 'Unit', cell: (m) => String(m['unit']) },
        ]}
      />
      {edit ? (
        <>
          <h3>Add a measure</h3>
          <PostForm action={`${base}/measures`} csrf={c.var.csrf}>
            <TextInput name="name" label="Name" value={v['name']} errors={errors} />
            <Select
              name="kind"
              label="Kind"
              options={['outcome', 'process', 'balancing'].map((k) => ({ value: k, text: k }))}
              value={v['kind']}
              errors={errors}
            />
            <TextArea
              name="definition"
              label="Definition"
              rows={3}
              value={v['definition']}
              errors={errors}
            />
            <TextInput name="unit" label="Unit" width={10} value={v['unit']} errors={errors} />
            <Select
              name="improvementDirection"
              label="Improvement is"
              options={[
                { value: 'increase', text: 'an increase' },
                { value: 'decrease', text: 'a decrease' },
                { value: 'neutral', text: 'neither' },
              ]}
              value={v['improvementDirection']}
              errors={errors}
            />
            <TextInput
              name="target"
              label="Target (optional)"
              width={10}
              inputmode="decimal"
              value={v['target']}
              errors={errors}
            />
            <TextInput
              name="rebase"
              label="Rebase dates (optional)"
              hint="Dates where the process changed, separated by commas"
              value={v['rebase']}
              errors={errors}
            />
            <Button>Add measure</Button>
          </PostForm>
        </>
      ) : null}
      <h2>PDSA cycles</h2>
      <DataTable
        caption="Plan, do, study, act cycles"
        rows={cycles.sort((a, b) => Number(a['cycleNumber']) - Number(b['cycleNumber']))}
        columns={[
          { header: 'Cycle', cell: (p) => String(p['cycleNumber']), numeric: true },
          { header: 'Change idea', cell: (p) => String(p['changeIdea']) },
          { header: 'Plan', cell: (p) => String(p['plan']) },
          { header: 'Prediction', cell: (p) => String(p['prediction']) },
          { header: 'Study', cell: (p) => String(p['study'] ?? '') },
          { header: 'Act', cell: (p) => String(p['act'] ?? '') },
        ]}
      />
      {edit ? (
        <>
          <h3>Record a PDSA cycle</h3>
          <PostForm action={`${base}/pdsa`} csrf={c.var.csrf}>
            <TextInput
              name="changeIdea"
              label="Change idea"
              value={v['changeIdea']}
              errors={errors}
            />
            <TextArea name="plan" label="Plan" rows={3} value={v['plan']} errors={errors} />
            <TextArea
              name="prediction"
              label="Prediction"
              rows={2}
              value={v['prediction']}
              errors={errors}
            />
            <TextInput
              name="startDate"
              label="Start date"
              hint="For example, 2015-04-01"
              width={10}
              value={v['startDate']}
              errors={errors}
            />
            <Button>Record cycle</Button>
          </PostForm>
        </>
      ) : null}
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
