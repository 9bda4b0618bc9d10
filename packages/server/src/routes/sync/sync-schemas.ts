import { z } from 'zod';

const QuarantinedChange = z.object({
  seq: z.number(),
  entity: z.string(),
  id: z.string(),
  version: z.number(),
  reason: z.string(),
});

export const PushResultSchema = z
  .object({
    origin: z.string(),
    epoch: z.string(),
    lastSeq: z.number(),
    applied: z.number(),
    ignored: z.number(),
    quarantined: z.array(QuarantinedChange),
    hubEpoch: z.string(),
    lastChangeSeq: z.number(),
    lastChangeKey: z.string(),
  })
  .meta({ id: 'PushResult', description: 'What the hub did with a batch' });

export const PullPageSchema = z
  .object({
    hubEpoch: z.string(),
    restarted: z.boolean().optional(),
    nextKey: z.string(),
    schemaVersion: z.number(),
    changes: z.array(
      z.object({
        seq: z.number(),
        entity: z.string(),
        id: z.string(),
        owner: z.string(),
        version: z.number(),
        op: z.enum(['upsert', 'delete']),
        payload: z.record(z.string(), z.unknown()).nullable(),
      }),
    ),
    next: z.number(),
    hasMore: z.boolean(),
  })
  .meta({ id: 'PullPage', description: 'A page of the hub’s feed' });

export const ManifestPageSchema = z
  .object({
    entries: z.array(
      z.object({
        entity: z.string(),
        id: z.string(),
        version: z.number(),
        deleted: z.boolean(),
        payload: z.record(z.string(), z.unknown()).optional(),
      }),
    ),
    next: z.string().nullable(),
  })
  .meta({ id: 'ManifestPage', description: 'A page of an origin’s records held by the hub' });

const Owned = { records: z.number(), tombstones: z.number(), digest: z.string() };

export const SyncStatusSchema = z
  .discriminatedUnion('role', [
    z.object({
      role: z.literal('hub'),
      instance: z.string(),
      epoch: z.string(),
      schemaVersion: z.number(),
      origins: z.array(
        z.object({
          origin: z.string(),
          epoch: z.string(),
          lastSeq: z.number(),
          lastSuccessAt: z.string().nullable(),
          lastError: z.string().nullable(),
          ...Owned,
          quarantined: z.number(),
        }),
      ),
    }),
    z.object({
      role: z.literal('local'),
      instance: z.string(),
      epoch: z.string(),
      acked: z.number(),
      logMax: z.number(),
      backlog: z.number(),
      lastSuccessAt: z.string().nullable(),
      lastError: z.string().nullable(),
      pull: z.object({ after: z.number(), hubEpoch: z.string() }),
      owned: z.object(Owned),
      quarantined: z.number(),
    }),
  ])
  .meta({ id: 'SyncStatus', description: 'Per origin (hub) or of this instance (local)' });

export const QuarantineSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number(),
        origin: z.string(),
        epoch: z.string(),
        seq: z.number(),
        entity: z.string(),
        recordId: z.string(),
        version: z.number(),
        reason: z.string(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'Quarantine', description: 'Changes that could never apply, newest first' });

export const RepairResultSchema = z
  .object({
    entity: z.string(),
    id: z.string(),
    from: z.string(),
    to: z.string(),
    version: z.number().int().meta({
      description: 'Reassigned: 0 (the owner’s next change wins); removed: the tombstone’s version',
    }),
    removed: z.boolean(),
  })
  .meta({ id: 'SyncRepairResult', description: 'What the repair did to the record' });
