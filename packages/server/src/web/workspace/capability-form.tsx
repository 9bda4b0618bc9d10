import { CapabilityLevel, StaffGroup } from '@tessera/core';
import { type FieldErrors, type FieldSpec, Fields } from '../components/form-fields.js';
import { FormSection } from '../components/form-section.js';

export const words = (s: string) => s.replaceAll('_', ' ');

const number = { width: 10, inputmode: 'numeric' } as const;

/** The fields of a baseline assessment: whose staff, which group and level, how many trained. */
const FIELDS: FieldSpec[] = [
  { name: 'odsCode', label: 'Organisation (ODS code)', width: 10 },
  {
    name: 'staffGroup',
    label: 'Staff group',
    kind: 'select',
    options: StaffGroup.options.map((g) => ({ value: g, text: words(g) })),
  },
  {
    name: 'level',
    label: 'Level',
    kind: 'select',
    options: CapabilityLevel.options.map((l) => ({ value: l, text: l })),
  },
  { name: 'assessedOn', label: 'Assessed on', hint: 'For example, 2015-06-30', width: 10 },
  { name: 'headcount', label: 'Staff in the group', ...number },
  { name: 'trained', label: 'Staff with this level of capability', ...number },
  { name: 'targetTrained', label: 'Target (optional)', ...number },
];

/** The form that enters one organisation's baseline assessment of a staff group at a level. */
export const CapabilityForm = (props: {
  csrf: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) => (
  <FormSection
    heading="Enter an assessment"
    action="/workspace/capability"
    csrf={props.csrf}
    submit="Save assessment"
  >
    <Fields fields={FIELDS} values={props.values} errors={props.errors} />
  </FormSection>
);
