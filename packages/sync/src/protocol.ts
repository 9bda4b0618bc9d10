import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { RemoteChange } from '@tessera/store';

/** Bounds of one push batch: by count and by bytes (the hub accepts up to HUB_PUSH_BODY_LIMIT). */
export const MAX_BATCH_CHANGES = 2000;
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** Push batches a local instance keeps on their way to the hub at once (the hub applies an origin's in order). */
export const PUSH_IN_FLIGHT = 2;
export const HUB_PUSH_BODY_LIMIT = 8 * 1024 * 1024;
/** Schema versions the hub can read (it upgrades older ones within this range). */
export const MIN_SUPPORTED_SCHEMA_VERSION = 1;

/** One change of the origin's outbox: its sequence (within the epoch) and the record's shared state. */
export const SyncChange = z
  .object({
    seq: z.number().int().positive(),
    entity: z.string().min(1).max(80),
    id: z.string().min(1).max(64),
    owner: z.string().min(1).max(80),
    version: z.number().int().positive(),
    op: z.enum(['upsert', 'delete']),
    // any object here, checked in one call (a record or loose-object schema would visit every key); the hub
    // then checks it against the entity's shared fields
    payload: z
      .custom<Record<string, unknown> | null>(
        (v) => v === null || (typeof v === 'object' && !Array.isArray(v)),
        { message: 'expected an object or null' },
      )
      .meta({
        type: ['object', 'null'],
        description: 'The record’s shared fields (null for a deletion without them)',
      }),
  })
  .strict();
export type SyncChange = z.infer<typeof SyncChange>;

/**
 * A push: the changes of `origin` with sequences in [fromSeq, toSeq] of `epoch` (entries of the
 * range not in `changes` were not the origin's own and carry nothing). `reset` starts a new epoch.
 */
export const PushBatch = z
  .object({
    origin: z.string().min(1).max(80),
    epoch: z.string().min(1).max(64),
    schemaVersion: z.number().int(),
    fromSeq: z.number().int().positive(),
    toSeq: z.number().int().positive(),
    reset: z.boolean().optional(),
    changes: z.array(SyncChange).max(10_000),
  })
  .strict()
  .refine((b) => b.toSeq >= b.fromSeq, {
    message: 'toSeq must be at least fromSeq',
    path: ['toSeq'],
  })
  .refine((b) => b.changes.every((c) => c.seq >= b.fromSeq && c.seq <= b.toSeq), {
    message: 'every change must lie in [fromSeq, toSeq]',
    path: ['changes'],
  })
  .refine((b) => b.changes.every((c, i, a) => i === 0 || a[i - 1]!.seq < c.seq), {
    message: 'changes must be in increasing seq order',
    path: ['changes'],
  });
export type PushBatch = z.infer<typeof PushBatch>;

/**
 * Why the hub set a change aside (the origin's sequence still advances, so no change wedges a queue):
 * - `national_record`: a region's change to a national entity (only the hub writes those);
 * - `foreign_id`: a region's first change of an id another origin minted (squatting);
 * - `owner_conflict`: the hub holds the record for another instance;
 * - `natural_key_taken`: another live record holds its ODS code or network key;
 * - `network_authority`: a record of a network the origin does not speak for;
 * - `below_suppression_floor`: a published aggregate's threshold below the hub's floor;
 * - `invalid_payload`, `unknown_entity`: it can never apply here.
 */
export type QuarantineCode =
  | 'national_record'
  | 'foreign_id'
  | 'owner_conflict'
  | 'natural_key_taken'
  | 'network_authority'
  | 'below_suppression_floor'
  | 'invalid_payload'
  | 'unknown_entity';

/** Codes of changes refused by an authority rule (audited as refusals, not only set aside). */
export const REFUSAL_CODES: ReadonlySet<QuarantineCode> = new Set([
  'national_record',
  'foreign_id',
  'owner_conflict',
  'natural_key_taken',
  'network_authority',
  'below_suppression_floor',
]);

export interface QuarantinedChange {
  seq: number;
  entity: string;
  id: string;
  version: number;
  reason: string;
  code?: QuarantineCode;
}

/** The hub's answer to a push. `lastSeq` is the highest sequence it has applied from the origin in this epoch. */
export interface PushResult {
  origin: string;
  epoch: string;
  lastSeq: number;
  applied: number;
  /** Changes at or below what the hub had already applied (a replay), or older than the hub's copy. */
  ignored: number;
  quarantined: QuarantinedChange[];
  hubEpoch: string;
  /** The last change the hub applied from this origin (0/'' if none): an origin whose log holds another change at that sequence was restored. */
  lastChangeSeq: number;
  lastChangeKey: string;
}

/** One change of the hub's feed for pull: a remote change with its place in the hub's log. */
export type PullChange = RemoteChange & { seq: number };

export interface PullPage {
  hubEpoch: string;
  /** The hub's log held another change at `after` than the one the caller saw (a restored hub): this page starts again from the beginning. */
  restarted?: boolean;
  /** The identity of the log entry at `next`: send it back as `afterKey`. */
  nextKey: string;
  schemaVersion: number;
  changes: PullChange[];
  /** Pass as `after` for the next page. */
  next: number;
  hasMore: boolean;
}

/** A record as the hub holds it for its owner (for reconciliation after a restore). */
export interface ManifestEntry {
  entity: string;
  id: string;
  version: number;
  deleted: boolean;
  payload?: Record<string, unknown>;
}

export interface ManifestPage {
  entries: ManifestEntry[];
  next: string | null;
}

/**
 * The identity of a change: which record, at which version, with which content. Two logs that
 * hold different content under the same version (a database restored from a backup and written
 * since) give different keys.
 */
export function changeKey(c: {
  entity: string;
  id: string;
  version: number;
  payload?: unknown;
}): string {
  const content = createHash('sha1')
    .update(JSON.stringify(c.payload ?? null))
    .digest('base64url')
    .slice(0, 16);
  return `${c.entity}:${c.id}:${c.version}:${content}`;
}
