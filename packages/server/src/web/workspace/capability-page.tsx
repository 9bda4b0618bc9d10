import type { Context } from 'hono';
import type { CapabilityRollup, CapabilityFunnel } from '@tessera/core';
import { getApi } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { BarChart } from '../charts/bar-chart.js';
import { FunnelChart } from '../charts/funnel-chart.js';
import { ErrorSummary, type FieldErrors } from '../components/form-fields.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import { CapabilityForm, words } from './capability-form.js';
import { compact, numberOf, submitToApi } from './submit.js';

type Rec = Record<string, unknown> & { id: string };
type State = { errors?: FieldErrors; values?: Record<string, string>; status?: 400 };

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
        units={funnel.units}
      />
      {canAct(c.var.session, 'editor') ? (
        <CapabilityForm csrf={c.var.csrf} values={state.values ?? {}} errors={errors} />
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
