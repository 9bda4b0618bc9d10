import { Breadcrumb } from '../components/breadcrumb.js';
import type { Context } from 'hono';
import { getApi, listAll, PageError } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { DataTable } from '../components/data-table.js';
import { type Deliverable, DeliverablesTable } from '../components/deliverables-table.js';
import { ErrorSummary, type FieldErrors } from '../components/form-fields.js';
import { WorkflowButtons } from '../components/workflow-buttons.js';
import { renderPage } from '../render-page.js';
import type { WebEnv } from '../web-env.js';
import { submitToApi } from '../workspace/submit.js';
import {
  assessesRegion,
  assessmentOf,
  type AssessmentView,
  decisionSteps,
  REGIONS,
  STEP_PATHS,
  statusText,
} from './assessment-view.js';

type Rec = Record<string, unknown> & { id: string };
type Row = { ret: Rec; view: AssessmentView; network: string };

const UpToAssessment = () => <Breadcrumb items={[{ href: '/assessment', text: 'Assessment' }]} />;

const returnHref = (id: string) => `/assessment/returns/${encodeURIComponent(id)}`;

/**
 * `/assessment` at the hub: the regions' submitted assurance returns by NHS England region, with
 * their assessed state (the hub's decisions folded in); the assessor's own region first.
 */
export async function assessmentListPage(c: Context<WebEnv>) {
  const [returns, networks] = await Promise.all([
    listAll<Rec>(c, 'assurance-returns'),
    listAll<Rec>(c, 'networks'),
  ]);
  const nameOf = new Map(networks.map((n) => [n.id, String(n['name'])]));
  const submitted = returns.filter((r) => r['status'] !== 'draft');
  const rows: Row[] = await Promise.all(
    submitted.map(async (ret) => ({
      ret,
      view: await assessmentOf(c, ret.id),
      network: nameOf.get(String(ret['networkId'])) ?? String(ret['networkId']),
    })),
  );
  rows.sort(
    (a, b) =>
      String(b.ret['period']).localeCompare(String(a.ret['period'])) ||
      a.network.localeCompare(b.network),
  );
  const scope = c.var.session?.scope ?? null;
  const regions = [...REGIONS].sort((a, b) => Number(b.key === scope) - Number(a.key === scope));
  return renderPage(
    c,
    'Assessment of assurance returns',
    <>
      <h1>Assessment of assurance returns</h1>
      <p class="nhsuk-body">
        The quarterly assurance returns the regions have submitted, by NHS England region. Each
        region's Regional Medical Team reviews, returns for changes or signs off its networks'
        returns here; the region sees the decision after its next sync.
      </p>
      {scope ? (
        <p class="nhsuk-body">
          You assess for the <strong>{REGIONS.find((r) => r.key === scope)?.name ?? scope}</strong>{' '}
          region.
        </p>
      ) : null}
      {regions.map((region) => (
        <section aria-labelledby={`region-${region.key}`}>
          <h2 id={`region-${region.key}`}>{region.name}</h2>
          <DataTable
            caption={`Returns in ${region.name}`}
            rows={rows.filter((r) => r.view.region === region.key)}
            empty={`No returns submitted in ${region.name}.`}
            columns={[
              {
                header: 'Quarter',
                cell: (r) => <a href={returnHref(r.ret.id)}>{String(r.ret['period'])}</a>,
              },
              { header: 'Network', cell: (r) => r.network },
              { header: 'From', cell: (r) => String(r.ret['owner'] ?? '') },
              { header: 'Submitted', cell: (r) => (r.view.submittedAt ?? '').slice(0, 10) },
              {
                header: 'Status',
                cell: (r) => <strong class="nhsuk-tag">{statusText(r.view.status)}</strong>,
              },
            ]}
          />
        </section>
      ))}
    </>,
  );
}

/**
 * `/assessment/returns/{id}`: one return as the region submitted it, the team's decisions, and
 * the decision buttons for its region's assessor only.
 */
export async function assessedReturnPage(
  c: Context<WebEnv>,
  id: string,
  state: { errors?: FieldErrors; status?: 400 | 409 } = {},
) {
  const ret = await getApi<Rec>(c, `/assurance-returns/${encodeURIComponent(id)}`);
  const view = await assessmentOf(c, id);
  const network = await getApi<Rec>(
    c,
    `/networks/${encodeURIComponent(String(ret['networkId']))}`,
  ).catch(() => undefined);
  const deliverables = (ret['deliverables'] as Deliverable[]) ?? [];
  const region = REGIONS.find((r) => r.key === view.region)?.name ?? 'no';
  const mine = assessesRegion(c.var.session, view.region);
  return renderPage(
    c,
    `Assessment of return ${String(ret['period'])}`,
    <>
      <UpToAssessment />
      <ErrorSummary errors={state.errors ?? {}} />
      <h1>
        Assurance return {String(ret['period'])}{' '}
        <span class="nhsuk-caption-l">{network ? String(network['name']) : ''}</span>
      </h1>
      <p class="nhsuk-body">
        Status:{' '}
        <strong class="nhsuk-tag" id="assessed-status">
          {statusText(view.status)}
        </strong>{' '}
        (assessed by the {region} Regional Medical Team; overall rating{' '}
        {String(ret['overallRag'] ?? 'not rated')})
      </p>
      {view.status === 'draft' ? (
        <p class="nhsuk-body">The region has not submitted this return.</p>
      ) : mine ? null : (
        <p class="nhsuk-body">Only the {region} Regional Medical Team's assessors decide on it.</p>
      )}
      <WorkflowButtons
        action={`${returnHref(id)}/step`}
        csrf={c.var.csrf}
        steps={decisionSteps(view, c.var.session)}
        idPrefix="decision"
      />
      <DeliverablesTable deliverables={deliverables} />
      <DataTable
        caption="Decisions on this submission"
        rows={view.decisions}
        empty="No decisions yet on this submission."
        columns={[
          { header: 'When', cell: (d) => d.decidedAt.slice(0, 16).replace('T', ' ') },
          { header: 'Step', cell: (d) => `${statusText(d.from)} → ${statusText(d.to)}` },
          { header: 'By', cell: (d) => d.assessor },
          { header: 'Comment', cell: (d) => d.comment ?? '' },
          {
            header: 'At the region',
            cell: (d) =>
              view.pending.some((p) => p.decidedAt === d.decidedAt && p.action === d.action)
                ? 'after its next sync'
                : 'applied',
          },
        ]}
      />
    </>,
    state.status ?? 200,
  );
}

/**
 * One decision from the return's page, taken through the hub's API as the signed-in user: the API
 * checks again that they are an assessor of the return's region and that the step is allowed now.
 */
export async function decideReturn(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const step = field(form, 'step');
  if (!STEP_PATHS.has(step)) throw new PageError(400, 'Unknown decision');
  const comment = field(form, 'comment');
  const r = await submitToApi(
    c,
    'POST',
    `/assurance-returns/${encodeURIComponent(id)}/${step}`,
    comment ? { comment } : {},
  );
  if (!r.ok) {
    // the summary links to the comment box of the step that needs it
    const { comment: missing, ...rest } = r.errors;
    const errors = missing ? { [`decision-${step}-comment`]: missing, ...rest } : rest;
    return assessedReturnPage(c, id, {
      errors,
      status: r.status === 400 ? 400 : 409,
    });
  }
  return c.redirect(returnHref(id), 303);
}
