import type { Context } from 'hono';
import type { CapabilityRollup, CapabilityFunnel } from '@tessera/core';
import { getApi } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { BarChart } from '../charts/bar-chart.js';
import { FunnelChart } from '../charts/funnel-chart.js';
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  PostForm,
  Select,
  TextInput,
} from '../components/form-fields.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import { compact, numberOf, submitToApi } from './submit.js';

type Rec = Record<string, unknown> & { id: string };
type State = { errors?: FieldErrors; values?: Record<string, string>; status?: 400 };

export const STAFF_GROUPS = [
  'front_line_staff',
  'clinicians',
  'operational_managers',
  'organisational_leaders',
  'local_system_leaders',
  'national_leaders',
];
export const LEVELS = ['awareness', 'practitioner', 'expert'];
const words = (s: string) => s.replaceAll('_', ' ');

/** `/workspace/capability`: enter a baseline assessment (rec 9.i) and see the picture it makes. */
export async function capabilityPage(c: Context<WebEnv>, state: State = {}) {
  const [rollup, funnel] = await Promise.all([
    getApi<CapabilityRollup>(c, '/capability-baseline'),
    getApi<CapabilityFunnel>(
      c,
      '/capability-funnel?staffGroup=front_line_staff&level=practitioner',
    ),
  ]);
  const errors = state.errors ?? {};
  const v = state.values ?? {};
  const cells = rollup.england.cells.filter((cell) => cell.headcount > 0);
  return renderPage(
    c,
    'Improvement capability',
    <>
      <ErrorSummary errors={errors} />
      <h1>Improvement capability baseline</h1>
      <p class="nhsuk-body">
        {rollup.england.assessed} of {rollup.england.organisations} organisations have assessed
        their staff's improvement capability.
      </p>
      <BarChart
        id="capability-cells"
        caption="Share of staff trained, by staff group and level"
        percent
        valueName="Share trained"
        compareName="Target share"
        bars={cells.map((cell) => ({
          label: `${words(cell.staffGroup)}: ${cell.level}`,
          value: cell.share ?? 0,
          ...(cell.withTarget ? { compare: cell.targetTrained / Math.max(1, cell.headcount) } : {}),
        }))}
      />
      <FunnelChart
        id="capability-funnel"
        caption="Front-line staff at practitioner level, by organisation"
        pooled={funnel.pooledProportion}
        units={funnel.units.map((u) => ({
          name: u.name,
          numerator: u.numerator,
          denominator: u.denominator,
          proportion: u.proportion,
          flag: u.flag,
        }))}
      />
      {canAct(c.var.session, 'editor') ? (
        <>
          <h2>Enter an assessment</h2>
          <PostForm action="/workspace/capability" csrf={c.var.csrf}>
            <TextInput
              name="odsCode"
              label="Organisation (ODS code)"
              width={10}
              value={v['odsCode']}
              errors={errors}
            />
            <Select
              name="staffGroup"
              label="Staff group"
              options={STAFF_GROUPS.map((g) => ({ value: g, text: words(g) }))}
              value={v['staffGroup']}
              errors={errors}
            />
            <Select
              name="level"
              label="Level"
              options={LEVELS.map((l) => ({ value: l, text: l }))}
              value={v['level']}
              errors={errors}
            />
            <TextInput
              name="assessedOn"
              label="Assessed on"
              hint="For example, 2015-06-30"
              width={10}
              value={v['assessedOn']}
              errors={errors}
            />
            <TextInput
              name="headcount"
              label="Staff in the group"
              width={10}
              inputmode="numeric"
              value={v['headcount']}
              errors={errors}
            />
            <TextInput
              name="trained"
              label="Staff with this level of capability"
              width={10}
              inputmode="numeric"
              value={v['trained']}
              errors={errors}
            />
            <TextInput
              name="targetTrained"
              label="Target (optional)"
              width={10}
              inputmode="numeric"
              value={v['targetTrained']}
              errors={errors}
            />
            <Button>Save assessment</Button>
          </PostForm>
        </>
      ) : null}
    </>,
    state.status ?? 200,
  );
}

/** Saves an assessment. */
export async function addAssessment(c: Context<WebEnv>) {
  const form = await readForm(c);
  const names = [
    'odsCode',
    'staffGroup',
    'level',
    'assessedOn',
    'headcount',
    'trained',
    'targetTrained',
  ];
  const values = Object.fromEntries(names.map((n) => [n, field(form, n)])) as Record<
    string,
    string
  >;
  const code = (values['odsCode'] ?? '').toUpperCase();
  const orgs = /^[A-Z0-9]{3,10}$/.test(code)
    ? await getApi<{ items: Rec[] }>(c, `/organisations?odsCode=${code}`)
    : { items: [] };
  const org = orgs.items[0];
  if (!org)
    return capabilityPage(c, {
      errors: { odsCode: 'Enter the ODS code of an organisation, like RJZ' },
      values,
      status: 400,
    });
  const r = await submitToApi(
    c,
    'POST',
    '/capability-assessments',
    compact({
      organisationId: org.id,
      staffGroup: values['staffGroup'],
      level: values['level'],
      assessedOn: values['assessedOn'],
      headcount: numberOf(values['headcount'] ?? ''),
      trained: numberOf(values['trained'] ?? ''),
      targetTrained: numberOf(values['targetTrained'] ?? ''),
    }),
  );
  if (!r.ok) return capabilityPage(c, { errors: r.errors, values, status: 400 });
  return c.redirect('/workspace/capability', 303);
}
