import { DataTable } from '../components/data-table.js';
import { type FieldErrors, type FieldSpec, Fields } from '../components/form-fields.js';
import { FormSection } from '../components/form-section.js';

/** A return's overall and per-deliverable ratings. */
export const RAG = [
  { value: '', text: 'Not rated' },
  { value: 'green', text: 'Green' },
  { value: 'amber', text: 'Amber' },
  { value: 'red', text: 'Red' },
];

/** One step a return took through its workflow. */
export interface ReturnStepTaken {
  action: string;
  from: string;
  to: string;
  by: string;
  at: string;
  comment?: string;
}

/** The return's quarter and network, its status, and who moves it on from here. */
export const ReturnHeader = (props: { period: string; network: string; status: string }) => (
  <>
    <h1>
      Assurance return {props.period} <span class="nhsuk-caption-l">{props.network}</span>
    </h1>
    <p class="nhsuk-body">
      Status:{' '}
      <strong class="nhsuk-tag" id="return-status">
        {props.status.replaceAll('_', ' ')}
      </strong>
    </p>
    {props.status !== 'draft' ? (
      <p class="nhsuk-body">
        Reviewing, returning for changes and signing off are done by the regional team at the
        national hub.
      </p>
    ) : null}
  </>
);

const DELIVERABLE_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'Deliverable' },
  { name: 'rag', label: 'Rating', kind: 'select', options: RAG.slice(1) },
  { name: 'commentary', label: 'Commentary (optional)', kind: 'textarea', rows: 3 },
];

/** The form that adds a deliverable to a draft return. */
export const DeliverableForm = (props: {
  action: string;
  csrf: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) => (
  <FormSection
    heading="Add a deliverable"
    action={props.action}
    csrf={props.csrf}
    submit="Add deliverable"
  >
    <Fields fields={DELIVERABLE_FIELDS} values={props.values} errors={props.errors} />
  </FormSection>
);

/** The steps the return has taken, oldest first. */
export const ReturnHistory = (props: { history: ReturnStepTaken[] }) => (
  <DataTable
    caption="History"
    rows={props.history}
    columns={[
      { header: 'When', cell: (h) => h.at.slice(0, 16).replace('T', ' ') },
      {
        header: 'Step',
        cell: (h) => `${h.from.replaceAll('_', ' ')} → ${h.to.replaceAll('_', ' ')}`,
      },
      { header: 'By', cell: (h) => h.by },
      { header: 'Comment', cell: (h) => h.comment ?? '' },
    ]}
    empty="No steps yet: the return is a draft."
  />
);
