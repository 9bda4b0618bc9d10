import type { Context } from 'hono';
import { parse } from 'csv-parse/sync';
import { getApi, listAll } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { DataTable } from '../components/data-table.js';
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
type State = {
  errors?: FieldErrors;
  values?: Record<string, string>;
  status?: 400;
  notice?: string;
};

const TIERS = ['core', 'associate', 'partner'].map((t) => ({ value: t, text: t }));

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

/** `/workspace/members`: the member organisations of a network, add/edit and CSV upload. */
export async function membersPage(c: Context<WebEnv>, networkId?: string, state: State = {}) {
  const { network, all } = await networkOf(c, networkId ?? c.req.query('network'));
  const memberships = network
    ? await listAll<Rec>(c, 'memberships', { networkId: network.id })
    : [];
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
  const edit = canAct(c.var.session, 'editor');
  const errors = state.errors ?? {};
  const v = state.values ?? {};
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
      <DataTable
        caption="Member organisations"
        rows={memberships}
        csvHref={
          network ? `/workspace/members/${encodeURIComponent(network.id)}/members.csv` : undefined
        }
        columns={[
          {
            header: 'Organisation',
            cell: (m) =>
              String(orgs.get(String(m['organisationId']))?.['name'] ?? m['organisationId']),
          },
          {
            header: 'ODS code',
            cell: (m) => String(orgs.get(String(m['organisationId']))?.['odsCode'] ?? ''),
          },
          { header: 'Tier', cell: (m) => String(m['tier']) },
          {
            header: 'Subscription (GBP)',
            cell: (m) => String(m['subscriptionGbp'] ?? ''),
            numeric: true,
          },
          {
            header: 'Change',
            cell: (m) =>
              edit && m['owner'] === c.var.instance ? (
                <form
                  class="tessera-inline-form"
                  action={`${base}/memberships/${encodeURIComponent(m.id)}`}
                  method="post"
                  novalidate
                >
                  <input type="hidden" name="_csrf" value={c.var.csrf} />
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
                  <button
                    class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    type="submit"
                  >
                    Save
                  </button>
                </form>
              ) : (
                ''
              ),
          },
        ]}
      />
      {edit && network ? (
        <>
          <h2>Add a member</h2>
          <PostForm action={`${base}/memberships`} csrf={c.var.csrf}>
            <TextInput
              name="odsCode"
              label="Organisation (ODS code)"
              width={10}
              value={v['odsCode']}
              errors={errors}
            />
            <Select name="tier" label="Tier" options={TIERS} value={v['tier']} errors={errors} />
            <TextInput
              name="subscriptionGbp"
              label="Subscription in pounds (optional)"
              width={10}
              inputmode="decimal"
              value={v['subscriptionGbp']}
              errors={errors}
            />
            <Button>Add member</Button>
          </PostForm>
          <h2>Upload members from a CSV file</h2>
          <PostForm action={`${base}/upload`} csrf={c.var.csrf} enctype="multipart/form-data">
            <div class={`nhsuk-form-group${errors['file'] ? ' nhsuk-form-group--error' : ''}`}>
              <label class="nhsuk-label" for="file">
                CSV file
              </label>
              <div class="nhsuk-hint" id="file-hint">
                Columns: odsCode, tier, subscriptionGbp (optional). One row per member.
              </div>
              {errors['file'] ? (
                <span class="nhsuk-error-message" id="file-error">
                  <span class="nhsuk-u-visually-hidden">Error:</span> {errors['file']}
                </span>
              ) : null}
              <input
                class="nhsuk-file-upload"
                id="file"
                name="file"
                type="file"
                accept=".csv,text/csv"
                aria-describedby="file-hint"
              />
            </div>
            <Button>Upload</Button>
          </PostForm>
        </>
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
