import type { Store } from '@tessera/store';
import type { InstanceRole } from '../context.js';
import type { Session } from './auth/session-store.js';

/** How the web app reaches the instance's own API in-process, as the signed-in user. */
/**
 * The instance's API, in-process. `env` is the page request's (its socket): the API sees the
 * browser's address, so failed authentications count against that visitor, not against everyone.
 */
export type ApiFetch = (request: Request, env?: object) => Response | Promise<Response>;

/** What every page handler can reach through `c.var`. */
export interface WebVariables {
  /** The nonce of this response's Content-Security-Policy (for the one inline script). */
  nonce: string;
  /** The signed-in user, or undefined. */
  session: Session | undefined;
  /** The CSRF token to put in every form of this response. */
  csrf: string;
  instance: string;
  role: InstanceRole;
  store: Store;
  api: ApiFetch;
}

export interface WebEnv {
  Variables: WebVariables;
}

/**
 * Roles that may sign in, in increasing order of what they may do. A regional assessor reads like a
 * viewer; its assessment actions are checked by the assessment rules, not by rank.
 */
export type WebRole = 'viewer' | 'assessor' | 'editor' | 'admin';

const RANK: Record<WebRole, number> = { viewer: 1, assessor: 1, editor: 2, admin: 3 };

/** True when the session's role is at least `min`. */
export const canAct = (session: Session | undefined, min: WebRole): boolean =>
  session !== undefined && RANK[session.role] >= RANK[min];
