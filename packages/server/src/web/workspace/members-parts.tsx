import { DataTable } from '../components/data-table.js';
import { Field, type FieldErrors, type FieldSpec, Fields } from '../components/form-fields.js';
import { FormSection } from '../components/form-section.js';

type Rec = Record<string, unknown> & { id: string };

/** A membership's tiers, as the API takes them. */
export const TIERS = ['core', 'associate', 'partner'].map((t) => ({ value: t, text: t }));

/** The small form in a membership's row that changes its tier. */
function TierForm(props: { action: string; csrf: string; membership: Rec }) {
  const m = props.membership;
  return (
    <form class="tessera-inline-form" action={props.action} method="post" novalidate>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <label class="nhsuk-label" for={`tier-${m.id}`}>
        Tier
      </label>
      <select class="nhsuk-select" id={`tier-${m.id}`} name="tier">
        {TIERS.map((t) => (
          <option value={t.value} selected={t.value === m['tier']}>
            {t.text}
          </option>
        ))}
      </select>
      <button class="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
        Save
      </button>
    </form>
  );
}

/** The network's memberships, with a tier form on the rows this instance owns and may edit. */
export function MembersTable(props: {
  memberships: Rec[];
  orgs: Map<string, Rec>;
  network: Rec | undefined;
  base: string;
  csrf: string;
  editable: (m: Rec) => boolean;
}) {
  const org = (m: Rec) => props.orgs.get(String(m['organisationId']));
  return (
    <DataTable
      caption="Member organisations"
      rows={props.memberships}
      csvHref={
        props.network
          ? `/workspace/members/${encodeURIComponent(props.network.id)}/members.csv`
          : undefined
      }
      columns={[
        { header: 'Organisation', cell: (m) => String(org(m)?.['name'] ?? m['organisationId']) },
        { header: 'ODS code', cell: (m) => String(org(m)?.['odsCode'] ?? '') },
        { header: 'Tier', cell: (m) => String(m['tier']) },
        {
          header: 'Subscription (GBP)',
          cell: (m) => String(m['subscriptionGbp'] ?? ''),
          numeric: true,
        },
        {
          header: 'Change',
          cell: (m) =>
            props.editable(m) ? (
              <TierForm
                action={`${props.base}/memberships/${encodeURIComponent(m.id)}`}
                csrf={props.csrf}
                membership={m}
              />
            ) : (
              ''
            ),
        },
      ]}
    />
  );
}

const MEMBER_FIELDS: FieldSpec[] = [
  { name: 'odsCode', label: 'Organisation (ODS code)', width: 10 },
  { name: 'tier', label: 'Tier', kind: 'select', options: TIERS },
  {
    name: 'subscriptionGbp',
    label: 'Subscription in pounds (optional)',
    width: 10,
    inputmode: 'decimal',
  },
];

/** The forms that add one member or upload many from a CSV file. */
export const AddMemberForms = (props: {
  base: string;
  csrf: string;
  values: Record<string, string>;
  errors: FieldErrors;
}) => (
  <>
    <FormSection
      heading="Add a member"
      action={`${props.base}/memberships`}
      csrf={props.csrf}
      submit="Add member"
    >
      <Fields fields={MEMBER_FIELDS} values={props.values} errors={props.errors} />
    </FormSection>
    <FormSection
      heading="Upload members from a CSV file"
      action={`${props.base}/upload`}
      csrf={props.csrf}
      submit="Upload"
      enctype="multipart/form-data"
    >
      <Field
        name="file"
        label="CSV file"
        hint="Columns: odsCode, tier, subscriptionGbp (optional). One row per member."
        error={props.errors['file']}
      >
        <input
          class="nhsuk-file-upload"
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="file-hint"
        />
      </Field>
    </FormSection>
  </>
);
