import type { Context } from 'hono';
import { getApi, listAll, PageError } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { DataTable } from '../components/data-table.js';
import { type Deliverable, DeliverablesTable } from '../components/deliverables-table.js';
import { ErrorSummary, Fields } from '../components/form-fields.js';
import { FormSection } from '../components/form-section.js';
import { WorkflowButtons, type WorkflowStep } from '../components/workflow-buttons.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import type { Session } from '../auth/session-store.js';
import {
  DeliverableForm,
  RAG,
  ReturnHeader,
  ReturnHistory,
  type ReturnStepTaken,
} from './assurance-parts.js';
import type { FormState, Rec } from './page-state.js';
import { compact, submitToApi } from './submit.js';

/**
 * The steps of a return this user may take here: a region's editors submit a draft; reviewing,
 * returning and signing off are the regional team's at the hub (the API's assessment routes).
 */
export function assuranceSteps(status: string, session: Session | undefined): WorkflowStep[] {
  return status === 'draft' && canAct(session, 'editor')
    ? [{ action: 'submit', label: 'Submit for review' }]
    : [];
}

/** This quarter, e.g. `2015-Q3`. */
export const thisQuarter = (d = new Date()) =>
  `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;

/** `/workspace/assurance`: the quarterly returns with their workflow, and a form to start one. */
export async function assuranceListPage(c: Context<WebEnv>, state: FormState<400 | 409> = {}) {
  const [returns, networks] = await Promise.all([
    listAll<Rec>(c, 'assurance-returns'),
    listAll<Rec>(c, 'networks'),
  ]);
  const nameOf = new Map(networks.map((n) => [n.id, String(n['name'])]));
  const own = networks.filter(
    (n) => n['key'] === c.var.instance || n['type'] === 'ahsn' || n['type'] === 'clinical_network',
  );
  own.sort((a, b) => Number(b['key'] === c.var.instance) - Number(a['key'] === c.var.instance));
  const errors = state.errors ?? {};
  const v = state.values ?? {};
  return renderPage(
    c,
    'Assurance returns',
    <>
      <ErrorSummary errors={errors} />
      <h1>Assurance returns</h1>
      <DataTable
        caption="Quarterly returns"
        rows={returns.sort((a, b) => String(b['period']).localeCompare(String(a['period'])))}
        columns={[
          {
            header: 'Quarter',
            cell: (r) => (
              <a href={`/workspace/assurance/${encodeURIComponent(r.id)}`}>{String(r['period'])}</a>
            ),
          },
          { header: 'Network', cell: (r) => nameOf.get(String(r['networkId'])) ?? '' },
          { header: 'Overall', cell: (r) => String(r['overallRag'] ?? 'not rated') },
          {
            header: 'Status',
            cell: (r) => (
              <strong class="nhsuk-tag">{String(r['status']).replaceAll('_', ' ')}</strong>
            ),
          },
        ]}
      />
      {canAct(c.var.session, 'editor') ? (
        <FormSection
          heading="Start a return"
          action="/workspace/assurance"
          csrf={c.var.csrf}
          submit="Start return"
        >
          <Fields
            fields={[
              {
                name: 'networkId',
                label: 'Network',
                kind: 'select',
                options: own.map((n) => ({ value: n.id, text: String(n['name']) })),
              },
              { name: 'period', label: 'Quarter', hint: 'For example, 2015-Q3', width: 10 },
              { name: 'overallRag', label: 'Overall rating', kind: 'select', options: RAG },
            ]}
            values={{ period: thisQuarter(), ...v }}
            errors={errors}
          />
        </FormSection>
      ) : null}
    </>,
    state.status ?? 200,
  );
}

/** Creates a draft return. */
export async function createReturn(c: Context<WebEnv>) {
  const form = await readForm(c);
  const values = {
    networkId: field(form, 'networkId'),
    period: field(form, 'period'),
    overallRag: field(form, 'overallRag'),
  };
  const r = await submitToApi(c, 'POST', '/assurance-returns', compact(values));
  if (!r.ok) return assuranceListPage(c, { errors: r.errors, values, status: 400 });
  return c.redirect(`/workspace/assurance/${encodeURIComponent(String((r.data as Rec).id))}`, 303);
}

/** `/workspace/assurance/{id}`: deliverables, history and the workflow buttons this user may use. */
export async function returnPage(c: Context<WebEnv>, id: string, state: FormState<400 | 409> = {}) {
  const ret = await getApi<Rec>(c, `/assurance-returns/${encodeURIComponent(id)}`);
  const network = await getApi<Rec>(
    c,
    `/networks/${encodeURIComponent(String(ret['networkId']))}`,
  ).catch(() => undefined);
  const status = String(ret['status']);
  const errors = state.errors ?? {};
  const base = `/workspace/assurance/${encodeURIComponent(id)}`;
  return renderPage(
    c,
    `Assurance return ${String(ret['period'])}`,
    <>
      <ErrorSummary errors={errors} />
      <ReturnHeader
        period={String(ret['period'])}
        network={network ? String(network['name']) : ''}
        status={status}
      />
      <WorkflowButtons
        action={`${base}/step`}
        csrf={c.var.csrf}
        steps={assuranceSteps(status, c.var.session)}
        idPrefix="return"
      />
      <DeliverablesTable deliverables={(ret['deliverables'] as Deliverable[]) ?? []} />
      {status === 'draft' && canAct(c.var.session, 'editor') ? (
        <DeliverableForm
          action={`${base}/deliverables`}
          csrf={c.var.csrf}
          values={state.values ?? {}}
          errors={errors}
        />
      ) : null}
      <ReturnHistory history={(ret['history'] as ReturnStepTaken[]) ?? []} />
    </>,
    state.status ?? 200,
  );
}

/** Adds a deliverable to a draft return. */
export async function addDeliverable(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const values = {
    title: field(form, 'title'),
    rag: field(form, 'rag'),
    commentary: field(form, 'commentary'),
  };
  const ret = await getApi<Rec>(c, `/assurance-returns/${encodeURIComponent(id)}`);
  const deliverables = [...((ret['deliverables'] as unknown[]) ?? []), compact(values)];
  const r = await submitToApi(c, 'PATCH', `/assurance-returns/${encodeURIComponent(id)}`, {
    deliverables,
  });
  if (!r.ok) return returnPage(c, id, { errors: { title: r.message }, values, status: 400 });
  return c.redirect(`/workspace/assurance/${encodeURIComponent(id)}`, 303);
}

/** Takes one workflow step through the API, which checks the role and the state again. */
export async function returnStep(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const step = field(form, 'step');
  if (step !== 'submit') throw new PageError(400, 'Unknown step');
  const comment = field(form, 'comment');
  const r = await submitToApi(
    c,
    'POST',
    `/assurance-returns/${encodeURIComponent(id)}/${step}`,
    comment ? { comment } : {},
  );
  if (!r.ok) return returnPage(c, id, { errors: { form: r.message }, status: 409 });
  return c.redirect(`/workspace/assurance/${encodeURIComponent(id)}`, 303);
}
