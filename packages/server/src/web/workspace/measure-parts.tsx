import { Breadcrumb } from '../components/breadcrumb.js';
import {
  ErrorSummary,
  type FieldErrors,
  type FieldSpec,
  Fields,
} from '../components/form-fields.js';
import { FormSection } from '../components/form-section.js';
import type { FormState, Rec } from './page-state.js';

/** What a measure page's forms show again after a refused submission. */
export type MeasureFormState = FormState<400 | 409>;

/** One row of the measure's summary list. */
const SummaryRow = (props: { label: string; value: string | number }) => (
  <div class="nhsuk-summary-list__row">
    <dt class="nhsuk-summary-list__key">{props.label}</dt>
    <dd class="nhsuk-summary-list__value">{props.value}</dd>
  </div>
);

/** The breadcrumb to the measure's project, the error summary, the heading and the summary. */
export function MeasureHeader(props: {
  measure: Rec;
  project: Rec | undefined;
  errors: FieldErrors;
}) {
  const { measure, project } = props;
  const target = typeof measure['target'] === 'number' ? (measure['target'] as number) : undefined;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/workspace/projects', text: 'Projects' },
          ...(project
            ? [
                {
                  href: `/workspace/projects/${encodeURIComponent(project.id)}`,
                  text: String(project['title']),
                },
              ]
            : []),
        ]}
      />
      <ErrorSummary errors={props.errors} />
      <h1>
        {String(measure['name'])}{' '}
        <span class="nhsuk-caption-l">{String(measure['kind'])} measure</span>
      </h1>
      <p class="nhsuk-body">{String(measure['definition'])}</p>
      <dl class="nhsuk-summary-list">
        <SummaryRow label="Unit" value={String(measure['unit'])} />
        <SummaryRow label="Improvement is" value={String(measure['improvementDirection'])} />
        <SummaryRow label="Target" value={target ?? 'none'} />
      </dl>
      <h2>Statistical process control chart</h2>
    </>
  );
}

const VALUE_FIELDS: FieldSpec[] = [
  { name: 'date', label: 'Date', hint: 'For example, 2015-04-01', width: 10 },
  { name: 'value', label: 'Value', width: 10, inputmode: 'decimal' },
  { name: 'note', label: 'Note (optional)' },
];

const PASTE_FIELDS: FieldSpec[] = [
  {
    name: 'paste',
    label: 'Dates and values',
    hint: 'Copy two columns (date, value) from a spreadsheet and paste them here. A value for a date already recorded replaces it.',
    kind: 'textarea',
    rows: 8,
  },
];

/** The forms that add one value or paste many from a spreadsheet. */
export function ValueForms(props: { id: string; csrf: string; state: MeasureFormState }) {
  const errors = props.state.errors ?? {};
  const values = props.state.values ?? {};
  const base = `/workspace/measures/${encodeURIComponent(props.id)}`;
  return (
    <>
      <FormSection
        heading="Add a value"
        action={`${base}/values`}
        csrf={props.csrf}
        submit="Add value"
      >
        <Fields fields={VALUE_FIELDS} values={values} errors={errors} />
      </FormSection>
      <FormSection
        heading="Paste values from a spreadsheet"
        action={`${base}/paste`}
        csrf={props.csrf}
        submit="Add pasted values"
      >
        <Fields fields={PASTE_FIELDS} values={values} errors={errors} />
      </FormSection>
    </>
  );
}
