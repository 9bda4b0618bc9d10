import type { Context } from 'hono';
import { getApi, listAll, PageError } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { DataTable } from '../components/data-table.js';
import { ErrorSummary, type FieldErrors } from '../components/form-fields.js';
import { WorkflowButtons, type WorkflowStep } from '../components/workflow-buttons.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import { submitToApi } from './submit.js';

type Rec = Record<string, unknown> & { id: string };
interface SlaEntry {
  id: string;
  firstResponse: string;
  firstResponseDue: string;
  answer: string;
  answerDue: string;
}

/** The steps an enquiry in this status can take (the API refuses the others with 409). */
export function enquirySteps(status: string): WorkflowStep[] {
  switch (status) {
    case 'new':
      return [{ action: 'route', label: 'Route by the navigator' }];
    case 'routed':
      return [
        { action: 'start', label: 'Start' },
        { action: 'answer', label: 'Answer' },
        { action: 'close', label: 'Close', comment: true },
      ];
    case 'in_progress':
      return [
        { action: 'answer', label: 'Answer' },
        { action: 'close', label: 'Close', comment: true },
      ];
    case 'answered':
      return [
        { action: 'close', label: 'Close' },
        { action: 'reopen', label: 'Reopen', comment: true },
      ];
    case 'closed':
      return [{ action: 'reopen', label: 'Reopen', comment: true }];
    default:
      return [];
  }
}

const STATUS_TAG: Record<string, string> = {
  met: 'green',
  breached: 'red',
  at_risk: 'orange',
  open: 'blue',
};
const SlaTag = (props: { state: string; due: string }) => (
  <strong class={`nhsuk-tag nhsuk-tag--${STATUS_TAG[props.state] ?? 'grey'}`}>
    {props.state.replaceAll('_', ' ')} (due {props.due})
  </strong>
);

/** `/workspace/enquiries`: the queue by network, with service levels and the workflow buttons. */
export async function enquiriesPage(c: Context<WebEnv>, errors: FieldErrors = {}) {
  const [enquiries, sla, networks] = await Promise.all([
    listAll<Rec>(c, 'enquiries'),
    getApi<{ enquiries: SlaEntry[] }>(c, '/enquiry-sla'),
    listAll<Rec>(c, 'networks'),
  ]);
  const slaOf = new Map(sla.enquiries.map((e) => [e.id, e]));
  const nameOf = new Map(networks.map((n) => [n.id, String(n['name'])]));
  const open = enquiries
    .filter((e) => e['status'] !== 'closed')
    .sort((a, b) => String(a['receivedAt']).localeCompare(String(b['receivedAt'])));
  const edit = canAct(c.var.session, 'editor');
  return renderPage(
    c,
    'Enquiries',
    <>
      <ErrorSummary errors={errors} />
      <h1>Enquiries</h1>
      <p class="nhsuk-body">
        {open.length} open of {enquiries.length}. A first response is due within 5 working days, an
        answer within 20.
      </p>
      <DataTable
        caption="Open enquiries, oldest first"
        rows={open}
        columns={[
          { header: 'Received', cell: (e) => String(e['receivedAt']).slice(0, 10) },
          { header: 'Topic', cell: (e) => String(e['topic']).replaceAll('_', ' ') },
          { header: 'Question', cell: (e) => String(e['question'] ?? '') },
          {
            header: 'From',
            cell: (e) => `${String(e['contactName'] ?? '')} <${String(e['contactEmail'] ?? '')}>`,
          },
          {
            header: 'Routed to',
            cell: (e) => nameOf.get(String(e['routedToNetworkId'])) ?? 'not routed',
          },
          { header: 'Status', cell: (e) => String(e['status']).replaceAll('_', ' ') },
          {
            header: 'Service level',
            cell: (e) => {
              const s = slaOf.get(e.id);
              return s ? (
                <SlaTag
                  state={s.firstResponse === 'met' ? s.answer : s.firstResponse}
                  due={s.firstResponse === 'met' ? s.answerDue : s.firstResponseDue}
                />
              ) : (
                ''
              );
            },
          },
          {
            header: 'Actions',
            cell: (e) =>
              edit ? (
                <WorkflowButtons
                  action={`/workspace/enquiries/${encodeURIComponent(e.id)}`}
                  csrf={c.var.csrf}
                  steps={enquirySteps(String(e['status']))}
                  idPrefix={e.id}
                />
              ) : (
                ''
              ),
          },
        ]}
      />
    </>,
    Object.keys(errors).length ? 409 : 200,
  );
}

/** Takes one workflow step of an enquiry through the API (which checks role and state). */
export async function enquiryStep(c: Context<WebEnv>, id: string) {
  const form = await readForm(c);
  const step = field(form, 'step');
  if (!['route', 'start', 'answer', 'close', 'reopen'].includes(step))
    throw new PageError(400, 'Unknown step');
  const comment = field(form, 'comment');
  const r = await submitToApi(
    c,
    'POST',
    `/enquiries/${encodeURIComponent(id)}/${step}`,
    comment ? { comment } : {},
  );
  if (!r.ok) return enquiriesPage(c, { form: r.message });
  return c.redirect('/workspace/enquiries', 303);
}
