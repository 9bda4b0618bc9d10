import {
  Button,
  type FieldErrors,
  PostForm,
  Select,
  TextInputs,
} from '../components/form-fields.js';

export const STAFF_GROUPS = [
  'front_line_staff',
  'clinicians',
  'operational_managers',
  'organisational_leaders',
  'local_system_leaders',
  'national_leaders',
];
export const LEVELS = ['awareness', 'practitioner', 'expert'];
export const words = (s: string) => s.replaceAll('_', ' ');

/** The form that enters one organisation's baseline assessment of a staff group at a level. */
export function CapabilityForm(props: {
  csrf: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { values, errors } = props;
  const number = { width: 10, inputmode: 'numeric' } as const;
  return (
    <>
      <h2>Enter an assessment</h2>
      <PostForm action="/workspace/capability" csrf={props.csrf}>
        <TextInputs
          fields={[{ name: 'odsCode', label: 'Organisation (ODS code)', width: 10 }]}
          values={values}
          errors={errors}
        />
        <Select
          name="staffGroup"
          label="Staff group"
          options={STAFF_GROUPS.map((g) => ({ value: g, text: words(g) }))}
          value={values['staffGroup']}
          errors={errors}
        />
        <Select
          name="level"
          label="Level"
          options={LEVELS.map((l) => ({ value: l, text: l }))}
          value={values['level']}
          errors={errors}
        />
        <TextInputs
          fields={[
            {
              name: 'assessedOn',
              label: 'Assessed on',
              hint: 'For example, 2015-06-30',
              width: 10,
            },
            { name: 'headcount', label: 'Staff in the group', ...number },
            { name: 'trained', label: 'Staff with this level of capability', ...number },
            { name: 'targetTrained', label: 'Target (optional)', ...number },
          ]}
          values={values}
          errors={errors}
        />
        <Button>Save assessment</Button>
      </PostForm>
    </>
  );
}
