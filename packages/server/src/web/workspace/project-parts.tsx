import type { DriverDiagram } from '@tessera/core';
import { DataTable } from '../components/data-table.js';
import {
  Button,
  type FieldErrors,
  type FieldSpec,
  Fields,
  PostForm,
  TextArea,
} from '../components/form-fields.js';
import { FormSection } from '../components/form-section.js';
import { DriverDiagramView } from './driver-diagram.js';
import type { Rec } from './page-state.js';

/** What every section of a project's page is given. */
interface SectionProps {
  base: string;
  csrf: string;
  edit: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The project's name, type and status, and its aim. */
export const ProjectHeader = (props: { project: Rec }) => (
  <>
    <h1>
      {String(props.project['title'])}{' '}
      <span class="nhsuk-caption-l">
        {String(props.project['type']).replaceAll('_', ' ')}, {String(props.project['status'])}
      </span>
    </h1>
    <p class="nhsuk-lede-text">{String(props.project['aim'])}</p>
  </>
);

/** The driver diagram, and for editors the outline that redraws it. */
export const DriverDiagramSection = (
  props: SectionProps & { diagram: DriverDiagram | undefined },
) => (
  <>
    <h2>Driver diagram</h2>
    <DriverDiagramView diagram={props.diagram} />
    {props.edit ? (
      <PostForm action={`${props.base}/driver-diagram`} csrf={props.csrf}>
        <TextArea
          name="outline"
          label="Driver diagram outline"
          hint="One primary driver per line; '- ' before a secondary driver; '* ' before a change idea."
          value={props.values['outline']}
          errors={props.errors}
        />
        <Button secondary>Save driver diagram</Button>
      </PostForm>
    ) : null}
  </>
);

const MEASURE_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Name' },
  {
    name: 'kind',
    label: 'Kind',
    kind: 'select',
    options: ['outcome', 'process', 'balancing'].map((k) => ({ value: k, text: k })),
  },
  { name: 'definition', label: 'Definition', kind: 'textarea', rows: 3 },
  { name: 'unit', label: 'Unit', width: 10 },
  {
    name: 'improvementDirection',
    label: 'Improvement is',
    kind: 'select',
    options: [
      { value: 'increase', text: 'an increase' },
      { value: 'decrease', text: 'a decrease' },
      { value: 'neutral', text: 'neither' },
    ],
  },
  { name: 'target', label: 'Target (optional)', width: 10, inputmode: 'decimal' },
  {
    name: 'rebase',
    label: 'Rebase dates (optional)',
    hint: 'Dates where the process changed, separated by commas',
  },
];

const PDSA_FIELDS: FieldSpec[] = [
  { name: 'changeIdea', label: 'Change idea' },
  { name: 'plan', label: 'Plan', kind: 'textarea', rows: 3 },
  { name: 'prediction', label: 'Prediction', kind: 'textarea', rows: 2 },
  { name: 'startDate', label: 'Start date', hint: 'For example, 2015-04-01', width: 10 },
];

/** The project's measures, and for editors the form that adds one. */
export function MeasuresSection(props: SectionProps & { measures: Rec[] }) {
  return (
    <>
      <h2>Measures</h2>
      <DataTable
        caption="Measures"
        rows={props.measures}
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
      {props.edit ? (
        <FormSection
          heading="Add a measure"
          level={3}
          action={`${props.base}/measures`}
          csrf={props.csrf}
          submit="Add measure"
        >
          <Fields fields={MEASURE_FIELDS} values={props.values} errors={props.errors} />
        </FormSection>
      ) : null}
    </>
  );
}

/** The project's PDSA cycles in order, and for editors the form that records the next. */
export function PdsaSection(props: SectionProps & { cycles: Rec[] }) {
  return (
    <>
      <h2>PDSA cycles</h2>
      <DataTable
        caption="Plan, do, study, act cycles"
        rows={props.cycles.sort((a, b) => Number(a['cycleNumber']) - Number(b['cycleNumber']))}
        columns={[
          { header: 'Cycle', cell: (p) => String(p['cycleNumber']), numeric: true },
          { header: 'Change idea', cell: (p) => String(p['changeIdea']) },
          { header: 'Plan', cell: (p) => String(p['plan']) },
          { header: 'Prediction', cell: (p) => String(p['prediction']) },
          { header: 'Study', cell: (p) => String(p['study'] ?? '') },
          { header: 'Act', cell: (p) => String(p['act'] ?? '') },
        ]}
      />
      {props.edit ? (
        <FormSection
          heading="Record a PDSA cycle"
          level={3}
          action={`${props.base}/pdsa`}
          csrf={props.csrf}
          submit="Record cycle"
        >
          <Fields fields={PDSA_FIELDS} values={props.values} errors={props.errors} />
        </FormSection>
      ) : null}
    </>
  );
}
