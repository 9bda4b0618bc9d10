import type { Context } from 'hono';
import { callApi } from '../api-client.js';
import { readForm, requireWebRole } from '../auth/guards.js';
import { Button, PostForm } from '../components/form-fields.js';
import { renderPage } from '../render-page.js';
import { canAct, type WebEnv } from '../web-env.js';

/** Runs one sync with the hub now; resolves with a one-line summary. */
export type SyncTrigger = () => Promise<string>;

interface LocalStatus {
  epoch?: string;
  acked?: number;
  logMax?: number;
  backlog?: number;
  lastSuccessAt?: string | null;
  lastError?: string | null;
  quarantined?: number;
  owned?: { records: number; digest: string };
}

const Row = (props: { k: string; v: string }) => (
  <div class="nhsuk-summary-list__row">
    <dt class="nhsuk-summary-list__key">{props.k}</dt>
    <dd class="nhsuk-summary-list__value">{props.v}</dd>
  </div>
);

/** `/workspace/sync`: where this instance stands with the hub, and "sync now" when it knows its hub. */
export async function syncPage(
  c: Context<WebEnv>,
  syncNow: SyncTrigger | undefined,
  notice?: string,
) {
  const r = await callApi<LocalStatus>(c, 'GET', '/sync/status');
  const s = r.ok ? r.data : {};
  return renderPage(
    c,
    'Sync status',
    <>
      <h1>Sync with the national hub</h1>
      {notice ? (
        <div class="nhsuk-inset-text">
          <p>{notice}</p>
        </div>
      ) : null}
      <dl class="nhsuk-summary-list">
        <Row k="Last synced" v={s.lastSuccessAt ?? 'never'} />
        <Row k="Changes waiting to be sent" v={String(s.backlog ?? 0)} />
        <Row k="Changes acknowledged by the hub" v={String(s.acked ?? 0)} />
        <Row k="Quarantined changes" v={String(s.quarantined ?? 0)} />
        <Row k="Last error" v={s.lastError ?? 'none'} />
        <Row k="Records owned here" v={String(s.owned?.records ?? 0)} />
      </dl>
      {syncNow && canAct(c.var.session, 'editor') ? (
        <PostForm action="/workspace/sync" csrf={c.var.csrf}>
          <Button>Sync now</Button>
        </PostForm>
      ) : syncNow ? null : (
        <p class="nhsuk-body">
          This instance has no hub configured (start it with --hub and --hub-token to sync).
        </p>
      )}
    </>,
  );
}

/** "Sync now": editors and admins only. */
export async function runSyncNow(c: Context<WebEnv>, syncNow: SyncTrigger | undefined) {
  await readForm(c);
  requireWebRole(c, 'editor');
  if (!syncNow) return syncPage(c, syncNow, 'No hub is configured.');
  let notice: string;
  try {
    notice = await syncNow();
  } catch (e) {
    notice = `The sync failed: ${(e as Error).message}`;
  }
  return syncPage(c, syncNow, notice);
}
