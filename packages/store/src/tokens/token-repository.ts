import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { NhsRegion, NotFoundError, ValidationError, newId } from '@tessera/core';
import { tokens } from '../schema/system-tables.js';
import type { Store } from '../store.js';

export const ROLES = ['admin', 'editor', 'viewer', 'sync', 'assessor'] as const;
export type Role = (typeof ROLES)[number];

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  instance: string | null;
  /** For an `assessor`: the NHS England region it assesses (`north`, `midlands-and-east`, `london`, `south`). */
  scope?: string | null;
}

/** An assessor speaks for one region's Regional Medical Team (annex G 59.b); no other role has a scope. */
function checkScope(role: string, scope: string | undefined): void {
  if (role === 'assessor' && !NhsRegion.safeParse(scope).success)
    throw new ValidationError(
      `An assessor token speaks for one NHS England region: give --scope ${NhsRegion.options.join('|')}`,
      [
        {
          path: ['scope'],
          message: `required for role assessor: one of ${NhsRegion.options.join(', ')}`,
        },
      ],
    );
  if (role !== 'assessor' && scope !== undefined)
    throw new ValidationError('Only an assessor token has a scope', [
      { path: ['scope'], message: 'only for role assessor' },
    ]);
}

/** A token as `tessera token list` shows it: never its secret (which is not stored) nor its hash. */
export interface TokenListing extends TokenInfo {
  createdAt: string;
  revokedAt: string | null;
}

/**
 * How long a verified token is trusted from memory before the database is asked again: a
 * revocation (by this process at once, by another process sharing the database) takes effect
 * within this time.
 */
export const TOKEN_CACHE_MS = 2000;
const TOKEN_CACHE_MAX = 10_000;

const wellFormed = (token: string) => token.startsWith('tsr_') && token.length <= 100;
const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Bearer tokens: random 256-bit secrets, stored only as SHA-256 hashes. */
export class TokenRepository {
  readonly #store: Store;
  /** Verified tokens by hash, with when they were read: requests do not hit the database for their token. */
  readonly #cache = new Map<string, { info: TokenInfo; at: number }>();
  readonly #ttl: number;
  constructor(store: Store, options: { cacheMs?: number } = {}) {
    this.#store = store;
    this.#ttl = options.cacheMs ?? TOKEN_CACHE_MS;
  }

  /** Creates a token and returns its secret; the secret is not stored and cannot be shown again. */
  async create(input: {
    role: string;
    name?: string;
    instance?: string;
    scope?: string;
  }): Promise<{ token: string; info: TokenInfo }> {
    if (!(ROLES as readonly string[]).includes(input.role)) {
      throw new ValidationError(`Unknown role "${input.role}"; roles: ${ROLES.join(', ')}`, [
        { path: ['role'], message: 'unknown role' },
      ]);
    }
    if (input.role === 'sync' && !input.instance) {
      throw new ValidationError('A sync token speaks for an instance: give --instance', [
        { path: ['instance'], message: 'required for role sync' },
      ]);
    }
    checkScope(input.role, input.scope);
    const token = `tsr_${randomBytes(32).toString('base64url')}`;
    const info: TokenInfo = {
      id: newId(),
      name: input.name ?? `${input.role} token`,
      role: input.role as Role,
      instance: input.instance ?? null,
      ...(input.scope ? { scope: input.scope } : {}),
    };
    await this.#store.write((tx) =>
      tx.insert(tokens).values({ ...info, hash: hash(token), createdAt: new Date().toISOString() }),
    );
    return { token, info };
  }

  /**
   * The token matching a presented secret when it was verified less than `TOKEN_CACHE_MS` ago, at
   * once and without the database; undefined when it must be verified (by `verify`).
   */
  verifiedInMemory(token: string, now = Date.now()): TokenInfo | undefined {
    return wellFormed(token) ? this.#remembered(hash(token), now) : undefined;
  }

  #remembered(key: string, now: number): TokenInfo | undefined {
    const hit = this.#cache.get(key);
    return hit && now - hit.at < this.#ttl ? hit.info : undefined;
  }

  /** The live token matching a presented secret, if any (from memory for up to `TOKEN_CACHE_MS`). */
  async verify(token: string): Promise<TokenInfo | undefined> {
    if (!wellFormed(token)) return undefined;
    const key = hash(token);
    const now = Date.now();
    const known = this.#remembered(key, now);
    if (known) return known;
    const rows = await this.#store.db
      .select()
      .from(tokens)
      .where(and(eq(tokens.hash, key), isNull(tokens.revokedAt)))
      .limit(1);
    const r = rows[0];
    if (!r) {
      this.#cache.delete(key);
      return undefined;
    }
    const info: TokenInfo = {
      id: r.id,
      name: r.name,
      role: r.role,
      instance: r.instance,
      scope: r.scope,
    };
    if (this.#cache.size >= TOKEN_CACHE_MAX) this.#cache.clear();
    this.#cache.set(key, { info, at: now });
    return info;
  }

  /** Every token (live and revoked), oldest first, without secrets. */
  async list(): Promise<TokenListing[]> {
    const rows = await this.#store.db.select().from(tokens).orderBy(asc(tokens.createdAt));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role,
      instance: r.instance,
      createdAt: r.createdAt,
      revokedAt: r.revokedAt ?? null,
    }));
  }

  /**
   * Revokes a token by its id (or a unique prefix of it, at least 8 characters). Effective at once
   * in this process, within `TOKEN_CACHE_MS` in others. Returns the token revoked.
   */
  async revoke(idOrPrefix: string): Promise<TokenListing> {
    const all = await this.list();
    const exact = all.find((t) => t.id === idOrPrefix);
    const matches = exact
      ? [exact]
      : idOrPrefix.length >= 8
        ? all.filter((t) => t.id.startsWith(idOrPrefix))
        : [];
    if (matches.length !== 1)
      throw matches.length === 0
        ? new NotFoundError(`No token with id ${idOrPrefix}`, { id: idOrPrefix })
        : new ValidationError(
            `${matches.length} tokens start with ${idOrPrefix}: give more of the id`,
            [{ path: ['id'], message: 'ambiguous prefix' }],
          );
    const target = matches[0]!;
    const at = new Date().toISOString();
    await this.#store.write((tx) =>
      tx
        .update(tokens)
        .set({ revokedAt: at })
        .where(and(eq(tokens.id, target.id), isNull(tokens.revokedAt))),
    );
    for (const [key, entry] of this.#cache)
      if (entry.info.id === target.id) this.#cache.delete(key);
    return { ...target, revokedAt: target.revokedAt ?? at };
  }

  async count(): Promise<number> {
    const rows = await this.#store.db.select({ n: count() }).from(tokens);
    return rows[0]?.n ?? 0;
  }
}
