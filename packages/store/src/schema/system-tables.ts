import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The outbox: every mutation appends here in the same transaction as the row it changes. `seq` is
 * the instance's own, gap-free order; sync pushes by it. `payload` holds only `shared` fields.
 */
export const changeLog = sqliteTable('change_log', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  entity: text('entity').notNull(),
  recordId: text('record_id').notNull(),
  version: integer('version').notNull(),
  op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
  owner: text('owner').notNull(),
  payload: text('payload', { mode: 'json' }),
  at: text('at').notNull(),
});

/** Who did what, when: one row per write (values are not copied, only the fields touched). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    recordId: text('record_id'),
    version: integer('version'),
    detail: text('detail', { mode: 'json' }),
  },
  (t) => [
    index('audit_log_record_idx').on(t.entity, t.recordId),
    index('audit_log_at_idx').on(t.at),
  ],
);

/** API tokens, stored as SHA-256 hashes only. */
export const tokens = sqliteTable('tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  hash: text('hash').notNull().unique(),
  role: text('role', { enum: ['admin', 'editor', 'viewer', 'sync', 'assessor'] }).notNull(),
  instance: text('instance'),
  /** For an `assessor`: the NHS England region whose Regional Medical Team it speaks for. */
  scope: text('scope'),
  createdAt: text('created_at').notNull(),
  revokedAt: text('revoked_at'),
});

/** Key/value facts about this database: instance id, epoch, schema version. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Hub side: per origin instance, the epoch it pushes in and the highest sequence applied from it. */
export const syncOrigins = sqliteTable('sync_origins', {
  origin: text('origin').primaryKey(),
  epoch: text('epoch').notNull(),
  lastSeq: integer('last_seq').notNull(),
  /** The last change applied (its sequence and `entity:id:version`): lets an origin see that its log is the one the hub followed. */
  lastChangeSeq: integer('last_change_seq').notNull().default(0),
  lastChangeKey: text('last_change_key').notNull().default(''),
  schemaVersion: integer('schema_version').notNull(),
  lastSuccessAt: text('last_success_at'),
  lastError: text('last_error'),
  lastErrorAt: text('last_error_at'),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Changes that can never apply (poison records): kept with the reason, acknowledged so the queue
 * moves on, visible on both sides (`GET /api/v1/sync/quarantine`).
 */
export const syncQuarantine = sqliteTable(
  'sync_quarantine',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    origin: text('origin').notNull(),
    epoch: text('epoch').notNull(),
    seq: integer('seq').notNull(),
    entity: text('entity').notNull(),
    recordId: text('record_id').notNull(),
    version: integer('version').notNull(),
    reason: text('reason').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('sync_quarantine_origin_idx').on(t.origin, t.seq)],
);
