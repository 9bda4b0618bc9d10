import type { Context } from 'hono';
import { callApi, PageError, problemText } from '../api-client.js';
import type { FieldErrors } from '../components/form-fields.js';
import type { WebEnv } from '../web-env.js';

export type Submitted<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; errors: FieldErrors; message: string };

interface ProblemErrors {
  errors?: { path?: (string | number)[]; detail?: string }[];
}

/**
 * Sends a form's change to the API as the signed-in user. A refusal for the user's role (403) or
 * missing sign-in (401) becomes that error page; validation (400) and conflicts (409) come back as
 * field errors for the form to show in its error summary.
 */
export async function submitToApi<T = Record<string, unknown>>(
  c: Context<WebEnv>,
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<Submitted<T>> {
  const r = await callApi<T>(c, method, path, body);
  if (r.ok) return { ok: true, data: r.data };
  if (r.status === 401 || r.status === 403 || r.status === 404)
    throw new PageError(r.status, problemText(r.data));
  const errors: FieldErrors = {};
  for (const e of (r.data as ProblemErrors).errors ?? []) {
    const key = String(e.path?.[0] ?? 'form');
    errors[key] ??= e.detail ?? 'Check this answer';
  }
  const message = problemText(r.data);
  if (Object.keys(errors).length === 0) errors['form'] = message;
  return { ok: false, status: r.status, errors, message };
}

/** A number written in decimal digits, with an optional sign and fraction: no `0x10` or `1e2`. */
const DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * A number from a form field, or undefined when empty. Anything not written in decimal digits goes
 * to the API as the text it is, which refuses it naming the field (`Number()` would take `0x10`).
 */
export const numberOf = (s: string): number | string | undefined =>
  s === '' ? undefined : DECIMAL.test(s) ? Number(s) : s;

/** Drops empty strings and undefined values, so optional fields are left out. */
export const compact = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined));
