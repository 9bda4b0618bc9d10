import type { Context } from 'hono';
import { getApi, listAll } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { DataTable } from '../components/data-table.js';
import { ErrorSummary, Fields } from '../components/form-fields.js';
import { FormSection } from '../components/form-section.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import type { FormState, Rec } from './page-state.js';
import { compact, submitToApi } from './submit.js';

const TYPES = [
  { value: 'service_improvement', text: 'Service improvement' },
  { value: 'service_transformation', text: 'Service transformation' },
  { value: 'service_intervention', text: 'Service intervention' },
];

/** `/workspace/projects`: the region's improvement projects, and a form to start one. */
export async function projectsPage(c: Context<WebEnv>, state: FormState = {}) {
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
        <FormSection
          heading="Start a project"
          action="/workspace/projects"
          csrf={c.var.csrf}
          submit="Start project"
        >
          <Fields
            fields={[
              { name: 'title', label: 'Title' },
              { name: 'type', label: 'Type', kind: 'select', options: TYPES },
              { name: 'organisationCode', label: 'Organisation (ODS code)', width: 10 },
              { name: 'aim', label: 'Aim', kind: 'textarea' },
            ]}
            values={v}
            errors={errors}
          />
        </FormSection>
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
