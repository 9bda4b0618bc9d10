import type { Context } from 'hono';
import { parse } from 'csv-parse/sync';
import { getApi, listAll } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { Button, ErrorSummary, type FieldErrors, Select } from '../components/form-fields.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';
import { AddMemberForms, MembersTable, TIERS } from './members-parts.js';
import { compact, numberOf, submitToApi } from './submit.js';

type Rec = Record<string, unknown> & { id: string };
type State = {
  errors?: FieldErrors;
  values?: Record<string, string>;
  status?: 400;
  notice?: string;
};

/** The network the workspace looks after: `?network=`, else the one named after this instance. */
async function networkOf(
  c: Context<WebEnv>,
  id?: string,
): Promise<{ network: Rec | undefined; all: Rec[] }> {
  const all = (await listAll<Rec>(c, 'networks')).filter((n) => n['type'] !== 'clinical_network');
  const network =
    all.find((n) => n.id === id) ??
    all.find((n) => n['key'] === c.var.instance) ??
    all.find((n) => n['type'] === 'ahsn');
  return { network, all };
}

/** The organisations of the memberships, by id (each read once). */
async function organisationsOf(c: Context<WebEnv>, memberships: Rec[]): Promise<Map<string, Rec>> {
  const orgs = new Map<string, Rec>();
  for (const m of memberships) {
    const id = String(m['organisationId']);
    if (!orgs.has(id)) {
      const o = await getApi<Rec>(c, `/organisations/${encodeURIComponent(id)}`).catch(
        () => undefined,
      );
      if (o) orgs.set(id, o);
    }
  }
  return orgs;
}

/** `/workspace/members`: the member organisations of a network, add/edit and CSV upload. */
export async function membersPage(c: Context<WebEnv>, networkId?: string, state: State = {}) {
  const { network, all } = await networkOf(c, networkId ?? c.req.query('network'));
  const memberships = network
    ? await listAll<Rec>(c, 'memberships', { networkId: network.id })
    : [];
  const orgs = await organisationsOf(c, memberships);
  const edit = canAct(c.var.session, 'editor');
  const errors = state.errors ?? {};
  const base = `/workspace/members/${encodeURIComponent(network?.id ?? '')}`;
  return renderPage(
    c,
    'Members',
    <>
      <ErrorSummary errors={errors} />
      <h1>
        Members {network ? <span class="nhsuk-caption-l">{String(network['name'])}</span> : null}
      </h1>
      {state.notice ? (
        <div class="nhsuk-inset-text">
          <p>{state.notice}</p>
        </div>
      ) : null}
      <form action="/workspace/members" method="get" class="nhsuk-u-margin-bottom-5">
        <Select
          name="network"
          label="Network"
          options={all.map((n) => ({ value: n.id, text: String(n['name']) }))}
          value={network?.id}
        />
        <Button secondary>Show members</Button>
      </form>
      <MembersTable
        memberships={memberships}
        orgs={orgs}
        network={network}
        base={base}
        csrf={c.var.csrf}
        editable={(m) => edit && m['owner'] === c.var.instance}
      />
      {edit && network ? (
        <AddMemberForms base={base} csrf={c.var.csrf} values={state.values ?? {}} errors={errors} />
      ) : null}
    </>,
    state.status ?? 200,
  );
}

async function organisationId(c: Context<WebEnv>, odsCode: string): Promise<string | undefined> {
  if (!/^[A-Za-z0-9]{3,10}$/.test(odsCode)) return undefined;
  const r = await getApi<{ items: Rec[] }>(
    c,
    `/organisations?odsCode=${encodeURIComponent(odsCode.toUpperCase())}`,
  );
  return r.items[0]?.id;
}

/** Adds one membership from the form. */
export async function addMember(c: Context<WebEnv>, networkId: string) {
  const form = await readForm(c);
  const values = {
    odsCode: field(form, 'odsCode'),
    tier: field(form, 'tier'),
    subscriptionGbp: field(form, 'subscriptionGbp'),
  };
  const orgId = await organisationId(c, values.odsCode);
  if (!orgId)
    return membersPage(c, networkId, {
      errors: { odsCode: 'Enter the ODS code of an organisation, like RJZ' },
      values,
      status: 400,
    });
  const r = await submitToApi(
    c,
    'POST',
    '/memberships',
    compact({
      organisationId: orgId,
      networkId,
      tier: values.tier,
      subscriptionGbp: numberOf(values.subscriptionGbp),
    }),
  );
  if (!r.ok) return membersPage(c, networkId, { errors: r.errors, values, status: 400 });
  return c.redirect(`/workspace/members?network=${encodeURIComponent(networkId)}`, 303);
}

/** Changes a membership's tier. */
export async function editMember(c: Context<WebEnv>, networkId: string, id: string) {
  const form = await readForm(c);
  const r = await submitToApi(c, 'PATCH', `/memberships/${encodeURIComponent(id)}`, {
    tier: field(form, 'tier'),
  });
  if (!r.ok) return membersPage(c, networkId, { errors: { form: r.message }, status: 400 });
  return c.redirect(`/workspace/members?network=${encodeURIComponent(networkId)}`, 303);
}

/** Adds the members of an uploaded CSV; every row is checked before any is saved. */
export async function uploadMembers(c: Context<WebEnv>, networkId: string) {
  const form = await readForm(c);
  const file = form['file'];
  if (!(file instanceof File) || file.size === 0)
    return membersPage(c, networkId, { errors: { file: 'Select a CSV file' }, status: 400 });
  let rows: Record<string, string>[];
  try {
    rows = parse(await file.text(), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (e) {
    return membersPage(c, networkId, {
      errors: { file: `The file is not valid CSV: ${(e as Error).message}` },
      status: 400,
    });
  }
  const bodies: Record<string, unknown>[] = [];
  const problems: string[] = [];
  for (const [i, row] of rows.entries()) {
    const orgId = await organisationId(c, row['odsCode'] ?? '');
    if (!orgId)
      problems.push(`row ${i + 2}: no organisation with ODS code "${row['odsCode'] ?? ''}"`);
    else if (!TIERS.some((t) => t.value === row['tier']))
      problems.push(`row ${i + 2}: tier must be core, associate or partner`);
    else
      bodies.push(
        compact({
          organisationId: orgId,
          networkId,
          tier: row['tier'],
          subscriptionGbp: numberOf(row['subscriptionGbp'] ?? ''),
        }),
      );
  }
  if (problems.length || bodies.length === 0)
    return membersPage(c, networkId, {
      errors: { file: problems.slice(0, 5).join('; ') || 'The file has no rows' },
      status: 400,
    });
  for (const body of bodies) {
    const r = await submitToApi(c, 'POST', '/memberships', body);
    if (!r.ok) return membersPage(c, networkId, { errors: { file: r.message }, status: 400 });
  }
  return membersPage(c, networkId, { notice: `${bodies.length} members added.` });
}
