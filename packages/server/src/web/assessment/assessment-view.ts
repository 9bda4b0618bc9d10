import type { Context } from 'hono';
import { getApi } from '../api-client.js';
import type { Session } from '../auth/session-store.js';
import type { WorkflowStep } from '../components/workflow-buttons.js';
import type { WebEnv } from '../web-env.js';

/** A decision of the Regional Medical Team on a return, as the API's assessment view lists it. */
export interface Decision {
  action: string;
  from: string;
  to: string;
  assessor: string;
  decidedAt: string;
  comment?: string;
}

/** The API's assessed state of one return (`GET /assurance-returns/{id}/assessment`). */
export interface AssessmentView {
  id: string;
  status: string;
  region: string | null;
  submittedAt: string | null;
  decisions: Decision[];
  pending: Decision[];
  allowed: string[];
}

/** The assessed state of a return, through the hub's own API. */
export const assessmentOf = (c: Context<WebEnv>, id: string) =>
  getApi<AssessmentView>(c, `/assurance-returns/${encodeURIComponent(id)}/assessment`);

/** The NHS England regions whose Regional Medical Teams assess returns (annex G 59.b). */
export const REGIONS: { key: string; name: string }[] = [
  { key: 'north', name: 'North' },
  { key: 'midlands-and-east', name: 'Midlands and East' },
  { key: 'london', name: 'London' },
  { key: 'south', name: 'South' },
];

/** The API's path segment and the button of each decision. */
const STEPS: Record<string, WorkflowStep> = {
  review: { action: 'review', label: 'Mark as reviewed', comment: true },
  return: { action: 'return', label: 'Return for changes', comment: true },
  sign_off: { action: 'sign-off', label: 'Sign off', comment: true },
};

/** The path segments the decision form may post (the API checks each again). */
export const STEP_PATHS = new Set(Object.values(STEPS).map((s) => s.action));

/** True when the user is the Regional Medical Team's assessor of this return's region. */
export const assessesRegion = (session: Session | undefined, region: string | null): boolean =>
  session?.role === 'assessor' && region !== null && session.scope === region;

/**
 * The decisions this user may take on the return now: only an assessor of its region, only the
 * steps its assessed state allows. Everyone else sees none (and a forged POST is refused by the API).
 */
export function decisionSteps(view: AssessmentView, session: Session | undefined): WorkflowStep[] {
  if (!assessesRegion(session, view.region)) return [];
  return view.allowed.flatMap((a) => (STEPS[a] ? [STEPS[a]] : []));
}

/** A status as people say it: `signed_off` is "signed off". */
export const statusText = (s: string) => s.replaceAll('_', ' ');
