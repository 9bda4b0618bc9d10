/**
 * What the hub and a region each hold of a region's records, and the checks the suites assert on
 * it: envelope and payload sets, digests, convergence, and exactly-once in the hub's change log.
 */
import { changeLog, type Store } from '@tessera/store';
import { isPulled, localStatus, ownedDigest } from '@tessera/sync';
import { asc, eq } from 'drizzle-orm';

export interface HeldRecord {
  version: number;
  deleted: boolean;
  payload: Record<string, unknown> | undefined;
}

/** (entity:id) -> version, tombstone and shared payload of every record `owner` holds in `store`. */
export async function holdings(
  store: Store,
  owner: string,
  options: { entities?: (name: string) => boolean } = {},
): Promise<Map<string, HeldRecord>> {
  const out = new Map<string, HeldRecord>();
  for (const def of store.entities) {
    if (options.entities && !options.entities(def.name)) continue;
    let after: string | undefined;
    for (;;) {
      const page = await store
        .repo(def.name)
        .manifest(owner, { ...(after ? { after } : {}), limit: 1000, withPayload: true });
      for (const r of page)
        out.set(`${def.name}:${r.id}`, {
          version: r.version,
          deleted: r.deleted,
          payload: r.deleted ? undefined : r.payload,
        });
      if (page.length < 1000) break;
      after = page[page.length - 1]!.id;
    }
  }
  return out;
}

/** The set (entity, id, version, deleted) as sorted strings: what digests are made of. */
export function envelopeSet(h: Map<string, HeldRecord>): string[] {
  return [...h].map(([k, v]) => `${k}:${v.version}:${v.deleted ? 'deleted' : 'live'}`).sort();
}

/** Shared payloads of live records, as sorted `key -> json` strings. */
export function payloadSet(h: Map<string, HeldRecord>): string[] {
  return [...h]
    .filter(([, v]) => !v.deleted)
    .map(([k, v]) => `${k} ${stableJson(v.payload)}`)
    .sort();
}

export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );
}

export interface Comparison {
  region: string;
  localDigest: string;
  hubDigest: string;
  envelopesEqual: boolean;
  payloadsEqual: boolean;
  onlyLocal: string[];
  onlyHub: string[];
  payloadDiff: string[];
  exactlyOnce: string[];
  backlog: number;
}

/** Compares what the hub and a region hold of the region's records, and checks the hub's log. */
export async function compare(hubStore: Store, regionStore: Store): Promise<Comparison> {
  const owner = regionStore.instance;
  const [hubH, localH] = [await holdings(hubStore, owner), await holdings(regionStore, owner)];
  const [he, le] = [envelopeSet(hubH), envelopeSet(localH)];
  const [hp, lp] = [payloadSet(hubH), payloadSet(localH)];
  const heS = new Set(he);
  const leS = new Set(le);
  const hpS = new Set(hp);
  const local = await localStatus(regionStore);
  return {
    region: owner,
    localDigest: local.owned.digest,
    hubDigest: (await ownedDigest(hubStore, owner)).digest,
    envelopesEqual: he.join('\n') === le.join('\n'),
    payloadsEqual: hp.join('\n') === lp.join('\n'),
    onlyLocal: le.filter((x) => !heS.has(x)).slice(0, 10),
    onlyHub: he.filter((x) => !leS.has(x)).slice(0, 10),
    payloadDiff: lp.filter((x) => !hpS.has(x)).slice(0, 5),
    exactlyOnce: await exactlyOnceViolations(hubStore, owner, hubH),
    backlog: local.backlog,
  };
}

/** Whether a comparison shows full agreement. */
export const agrees = (c: Comparison) =>
  c.localDigest === c.hubDigest &&
  c.envelopesEqual &&
  c.payloadsEqual &&
  c.exactlyOnce.length === 0 &&
  c.backlog === 0;

/**
 * Exactly-once at the hub, from its change log (its pull feed, so for the entities it serves by
 * pull; of the writers' kinds, organisations and memberships): one entry per (record, version) of
 * `owner`'s records, versions of a record strictly increasing in log order, and the version the
 * hub holds now logged (the pull feed carries it). The log holds nothing of the other entities.
 */
export async function exactlyOnceViolations(
  hubStore: Store,
  owner: string,
  held?: Map<string, HeldRecord>,
): Promise<string[]> {
  const rows = await hubStore.db
    .select()
    .from(changeLog)
    .where(eq(changeLog.owner, owner))
    .orderBy(asc(changeLog.seq));
  const seen = new Set<string>();
  const lastVersion = new Map<string, number>();
  const problems: string[] = [];
  for (const r of rows) {
    const rec = `${r.entity}:${r.recordId}`;
    const key = `${rec}:${r.version}`;
    if (seen.has(key)) problems.push(`duplicate log entry ${key} (seq ${r.seq})`);
    seen.add(key);
    const prev = lastVersion.get(rec) ?? 0;
    if (r.version <= prev)
      problems.push(`version ${r.version} of ${rec} logged after version ${prev} (seq ${r.seq})`);
    lastVersion.set(rec, Math.max(prev, r.version));
  }
  const pulled = new Set(hubStore.entities.filter(isPulled).map((d) => d.name));
  for (const r of rows)
    if (!pulled.has(r.entity))
      problems.push(
        `${r.entity}:${r.recordId} is in the hub's log, but the hub does not serve ${r.entity} by pull`,
      );
  for (const [rec, h] of held ?? (await holdings(hubStore, owner))) {
    if (!pulled.has(rec.slice(0, rec.indexOf(':')))) continue;
    if (lastVersion.get(rec) !== h.version)
      problems.push(
        `${rec} held at version ${h.version} but last logged at ${lastVersion.get(rec) ?? 'none'}`,
      );
  }
  return problems.slice(0, 10);
}

export async function changeLogCount(store: Store): Promise<number> {
  const r = await store.client.execute('select count(*) as n from change_log');
  return Number(r.rows[0]!['n']);
}
