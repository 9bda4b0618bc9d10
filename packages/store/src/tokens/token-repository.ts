import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import { NhsRegion, ValidationError, newId } from '@tessera/core';
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

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Bearer tokens: random 256-bit secrets, stored only as SHA-256 hashes. */
export class TokenRepository {
  readonly #store: Store;
  constructor(store: Store) {
    this.#store = store;
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

  /** The live token matching a presented secret, if any. */
  async verify(token: string): Promise<TokenInfo | undefined> {
    if (!token.startsWith('tsr_') || token.length > 100) return undefined;
    const rows = await this.#store.db
      .select()
      .from(tokens)
      .where(and(eq(tokens.hash, hash(token)), isNull(tokens.revokedAt)))
      .limit(1);
    const r = rows[0];
    return r
      ? { id: r.id, name: r.name, role: r.role, instance: r.instance, scope: r.scope }
      : undefined;
  }

  async revoke(id: string): Promise<void> {
    await this.#store.write((tx) =>
      tx.update(tokens).set({ revokedAt: new Date().toISOString() }).where(eq(tokens.id, id)),
    );
  }

  async count(): Promise<number> {
    const rows = await this.#store.db.select({ n: count() }).from(tokens);
    return rows[0]?.n ?? 0;
  }
}
