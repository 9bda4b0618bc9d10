import { randomBytes } from 'node:crypto';
import type { TokenRepository } from '@tessera/store';
import type { WebRole } from '../web-env.js';

/** A signed-in user: the token stays on the server, the browser holds only the session id. */
export interface Session {
  id: string;
  /** The bearer token the pages call the API with, in-process. */
  token: string;
  tokenId: string;
  name: string;
  role: WebRole;
  /** An assessor's NHS England region (the returns it may decide on); null for other roles. */
  scope: string | null;
  /** The CSRF token of every form this session submits. */
  csrf: string;
  expiresAt: number;
  /** When the token was last checked (revoked tokens end their sessions). */
  checkedAt: number;
}

const TTL_MS = 8 * 60 * 60 * 1000;
const RECHECK_MS = 30 * 1000;
const MAX_SESSIONS = 10_000;

/** Server-side sessions in memory: a restart signs everyone out, and no token reaches the browser. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  constructor(private readonly tokens: TokenRepository) {}

  /** Signs in with a token; undefined when it is unknown, revoked or a sync token. */
  async signIn(token: string): Promise<Session | undefined> {
    const info = await this.tokens.verify(token);
    if (!info || info.role === 'sync') return undefined;
    this.#prune();
    const now = Date.now();
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      token,
      tokenId: info.id,
      name: info.name,
      role: info.role,
      scope: info.scope ?? null,
      csrf: randomBytes(32).toString('base64url'),
      expiresAt: now + TTL_MS,
      checkedAt: now,
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The live session of an id; re-checks its token every 30 s. */
  async get(id: string | undefined): Promise<Session | undefined> {
    if (!id) return undefined;
    const s = this.#sessions.get(id);
    if (!s) return undefined;
    const now = Date.now();
    if (s.expiresAt < now) {
      this.#sessions.delete(id);
      return undefined;
    }
    if (now - s.checkedAt > RECHECK_MS) {
      const info = await this.tokens.verify(s.token);
      if (!info) {
        this.#sessions.delete(id);
        return undefined;
      }
      s.checkedAt = now;
    }
    return s;
  }

  signOut(id: string | undefined): void {
    if (id) this.#sessions.delete(id);
  }

  #prune(): void {
    const now = Date.now();
    for (const [id, s] of this.#sessions) if (s.expiresAt < now) this.#sessions.delete(id);
    while (this.#sessions.size >= MAX_SESSIONS) {
      const oldest = this.#sessions.keys().next().value;
      if (oldest === undefined) break;
      this.#sessions.delete(oldest);
    }
  }
}
