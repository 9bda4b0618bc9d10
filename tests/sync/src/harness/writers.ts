/**
 * Random records of a few entity kinds (participants carry personal values with a marker) and a
 * writer that creates, updates and deletes them in a region's store.
 */
import { Prng, naturalId } from '@tessera/core';
import type { Store, StoredRecord } from '@tessera/store';

/** Core's seeded PRNG as a function, for the suites that are not fast-check properties. */
export function prng(seed: number): () => number {
  const p = new Prng(seed);
  return () => p.next();
}

export const KINDS = ['organisation', 'membership', 'assurance-return', 'participant'] as const;
export type Kind = (typeof KINDS)[number];

const ORG_TYPES = [
  'acute',
  'mental_health',
  'community',
  'university',
  'voluntary',
  'other',
] as const;
const TIERS = ['core', 'associate', 'partner'] as const;
const RAGS = ['red', 'amber', 'green'] as const;
const ETHNICITIES = [
  'white_british',
  'asian_indian',
  'black_african',
  'mixed_other',
  'other_arab',
] as const;
const pick = <T>(xs: readonly T[], r: number): T => xs[Math.floor(r * xs.length) % xs.length]!;

/** Every personal value these generators ever write, by the marker they all carry. */
export const PERSONAL_MARKER = 'Zq';

/** The network the generated records belong to (a region holds it once it has pulled: see `holdNetwork`). */
export const NETWORK_ID = naturalId('network', 'ahsn-oxford');

/**
 * A valid create input of `kind`; `n` and `r` (in [0,1)) vary it. Participants carry personal
 * fields. `organisationId` names the organisation memberships and participants belong to.
 */
export function createInput(
  kind: Kind,
  n: number,
  r: number,
  organisationId = `org-${n}`,
): Record<string, unknown> {
  switch (kind) {
    case 'organisation':
      return {
        name: `Org ${n}`,
        type: pick(ORG_TYPES, r),
        ...(r > 0.5 ? { postcode: `OX${n % 10} 1AA` } : {}),
      };
    case 'membership':
      return {
        organisationId,
        networkId: NETWORK_ID,
        tier: pick(TIERS, r),
        subscriptionGbp: Math.floor(r * 10000),
      };
    case 'assurance-return':
      return {
        networkId: NETWORK_ID,
        period: `2015-Q${1 + (n % 4)}`,
        overallRag: pick(RAGS, r),
        deliverables: [{ title: `Deliverable ${n}`, rag: pick(RAGS, 1 - r) }],
        metrics: [{ name: 'spread', value: n }],
      };
    case 'participant':
      return {
        name: `${PERSONAL_MARKER}name${n}x${Math.floor(r * 1e6)}`,
        email: `${PERSONAL_MARKER.toLowerCase()}mail${n}@example.org`,
        organisationId,
        profession: 'nursing',
        band: pick(['7', '8a', '8b', 'VSM'], r),
        sex: 'female',
        ageBand: '35_44',
        ethnicity: pick(ETHNICITIES, r),
        disability: 'no',
        sexualOrientation: 'not_stated',
        religion: 'not_stated',
      };
  }
}

/** A patch of `kind` that changes at least one shared field (so every update is a new version the hub sees differ). */
export function updatePatch(kind: Kind, n: number, r: number): Record<string, unknown> {
  switch (kind) {
    case 'organisation':
      return {
        name: `Org ${n} renamed ${Math.floor(r * 1e6)}`,
        postcode: `OX${n % 10} ${1 + Math.floor(r * 9)}BB`,
      };
    case 'membership':
      return { tier: pick(TIERS, r), subscriptionGbp: 10_000 + n };
    case 'assurance-return':
      return {
        overallRag: pick(RAGS, r),
        deliverables: [{ title: `Deliverable ${n} (rev)`, rag: pick(RAGS, r) }],
      };
    case 'participant':
      return {
        band: `b${n}`,
        name: `${PERSONAL_MARKER}renamed${n}`,
        ethnicity: pick(ETHNICITIES, 1 - r),
      };
  }
}

export const WRITER = { actor: 'test', actorRole: 'editor' } as const;

/**
 * Gives a region's store the hub's network the generated records belong to, as a pull would
 * (hub-owned, not logged: it is never pushed back). References are checked on every write.
 */
export async function holdNetwork(store: Store): Promise<void> {
  if (await store.repo('network').get(NETWORK_ID, { includeDeleted: true })) return;
  await store.write((tx) =>
    store.repo('network').applyRemoteIn(
      tx,
      [
        {
          entity: 'network',
          id: NETWORK_ID,
          owner: 'hub',
          version: 1,
          op: 'upsert',
          payload: { key: 'ahsn-oxford', name: 'Oxford AHSN', type: 'ahsn' },
        },
      ],
      { log: false, now: '2015-01-01T00:00:00.000Z' },
    ),
  );
}

/** A live organisation of the store's own to name in `kind`'s record (one is created when none is). */
export async function organisationFor(store: Store, kind: Kind, n: number): Promise<string> {
  if (kind !== 'membership' && kind !== 'participant') return `org-${n}`;
  const [org] = (await store.repo('organisation').list({ limit: 1 })).items;
  if (org) return org.id;
  return (await store.repo('organisation').create({ name: `Org ${n}`, type: 'other' }, WRITER)).id;
}

/**
 * Whether the random writers delete records (on by default; SYNC_DELETES=0 turns deletions off to
 * tell a deletion problem from others). Deletions travel as tombstones carrying the record's last
 * shared state, so a copy that never had the record can still hold its tombstone.
 */
export const DELETES = process.env['SYNC_DELETES'] !== '0';

/** Tracks the records a region wrote, so random updates and deletes pick live ones. */
export class Writer {
  readonly live = new Map<string, Kind>();
  readonly personal: string[] = [];
  #n = 0;
  /** The stores (one per reopening) known to hold the network. */
  readonly #holding = new WeakSet<Store>();
  readonly store: () => Store;

  constructor(store: () => Store) {
    this.store = store;
  }

  async create(kind: Kind, r: number): Promise<StoredRecord> {
    const n = ++this.#n;
    const store = this.store();
    if (!this.#holding.has(store)) {
      await holdNetwork(store);
      this.#holding.add(store);
    }
    const input = createInput(kind, n, r, await this.#organisation(kind, r));
    if (kind === 'participant') this.personal.push(String(input['name']), String(input['email']));
    const rec = await this.store().repo(kind).create(input, WRITER);
    this.live.set(rec.id, kind);
    return rec;
  }

  /** A live organisation of this writer's for a membership or participant (created when none is). */
  async #organisation(kind: Kind, r: number): Promise<string | undefined> {
    if (kind !== 'membership' && kind !== 'participant') return undefined;
    for (const [id, k] of this.live) if (k === 'organisation') return id;
    return (await this.create('organisation', r)).id;
  }

  /** Updates (or, if `del`, deletes) the live record picked by `r`; creates one if none is live. */
  async change(r: number, del: boolean): Promise<StoredRecord> {
    const ids = [...this.live.keys()];
    if (ids.length === 0) return this.create(pick(KINDS, r), r);
    const id = pick(ids, r);
    const kind = this.live.get(id)!;
    if (del) {
      this.live.delete(id);
      return this.store().repo(kind).delete(id, WRITER);
    }
    const patch = updatePatch(kind, ++this.#n, r);
    if (kind === 'participant') this.personal.push(String(patch['name']));
    return this.store().repo(kind).update(id, patch, WRITER);
  }

  /** One random write: mostly creates, some updates, a few deletes (only when DELETES is on). */
  async random(rand: () => number): Promise<StoredRecord> {
    const x = rand();
    if (x < 0.55 || this.live.size === 0) return this.create(pick(KINDS, rand()), rand());
    return this.change(rand(), DELETES && x > 0.9);
  }
}
