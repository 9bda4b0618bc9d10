import { Breadcrumb } from '../components/breadcrumb.js';
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  PostForm,
  TextArea,
  TextInput,
} from '../components/form-fields.js';

type Rec = Record<string, unknown> & { id: string };

/** What a measure page's forms show again after a refused submission. */
export interface MeasureFormState {
  errors?: FieldErrors;
  values?: Record<string, string>;
  status?: 400 | 409;
}

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

/** The forms that add one value or paste many from a spreadsheet. */
export function ValueForms(props: { id: string; csrf: string; state: MeasureFormState }) {
  const errors = props.state.errors ?? {};
  const values = props.state.values ?? {};
  const base = `/workspace/measures/${encodeURIComponent(props.id)}`;
  return (
    <>
      <h2>Add a value</h2>
      <PostForm action={`${base}/values`} csrf={props.csrf}>
        <TextInput
          name="date"
          label="Date"
          hint="For example, 2015-04-01"
          width={10}
          value={values['date']}
          errors={errors}
        />
        <TextInput
          name="value"
          label="Value"
          width={10}
          inputmode="decimal"
          value={values['value']}
          errors={errors}
        />
        <TextInput name="note" label="Note (optional)" value={values['note']} errors={errors} />
        <Button>Add value</Button>
      </PostForm>
      <h2>Paste values from a spreadsheet</h2>
      <PostForm action={`${base}/paste`} csrf={props.csrf}>
        <TextArea
          name="paste"
          label="Dates and values"
          hint="Copy two columns (date, value) from a spreadsheet and paste them here. A value for a date already recorded replaces it."
          rows={8}
          value={values['paste']}
          errors={errors}
        />
        <Button>Add pasted values</Button>
      </PostForm>
    </>
  );
}
