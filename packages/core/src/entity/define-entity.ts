import { z } from 'zod';
import { ValidationError, type FieldIssue } from '../errors/domain-error.js';

/**
 * Sync field policy (DESIGN.md "Sync"): `shared` fields travel as they are; `local` fields never
 * leave the instance (names, contact details, protected characteristics); `aggregate` fields reach
 * the hub only inside suppressed aggregates.
 */
export const FieldPolicy = z.enum(['shared', 'local', 'aggregate']);
export type FieldPolicy = z.infer<typeof FieldPolicy>;

export type Domain = 'governance' | 'strategies' | 'networks' | 'talent' | 'improvement';

/** Who may read an entity's records over the API: everyone, or holders of a viewer (or better) token. */
export type ReadAccess = 'public' | 'viewer';

/**
 * Who may write an entity's records (DESIGN.md "Sync": national records are written only at the
 * hub):
 * - `national`: only the hub (the seeded England, networks, national bodies, boards,
 *   recommendations, national strategies and priorities, programmes, allocations, targets); a local
 *   instance refuses to create, change or delete them and the hub refuses them in a push;
 * - `directory`: the hub's national directory (organisations from ODS), to which a region may add
 *   records of its own (local partners); their natural keys are unique England-wide;
 * - `regional`: every instance writes its own records.
 */
export type Authority = 'national' | 'directory' | 'regional';

/**
 * What a reference field names: one entity, or (`by`) the entity the value of another field of the
 * record selects (an accountability line's `fromId` names a body, a board, a network or an
 * organisation as its `fromKind` says).
 */
export type Reference =
  | string
  | { readonly by: string; readonly entities: Readonly<Record<string, string>> };

/** The entity a record's reference `field` names, or undefined when its selector names none. */
export function referencedEntity(
  def: Pick<EntityDefinition, 'references'>,
  field: string,
  record: Record<string, unknown>,
): string | undefined {
  const ref = (def.references as Record<string, Reference | undefined>)[field];
  if (ref === undefined || typeof ref === 'string') return ref;
  const kind = record[ref.by];
  return typeof kind === 'string' ? ref.entities[kind] : undefined;
}

export interface EntityDefinition<S extends z.ZodObject = z.ZodObject> {
  /** Singular kebab-case name, e.g. `assurance-return`. Also the change-log entity name. */
  readonly name: string;
  /** URL segment under `/api/v1`, e.g. `assurance-returns`. */
  readonly collection: string;
  /** SQL table name, snake_case. */
  readonly table: string;
  readonly domain: Domain;
  /** One-line description for the OpenAPI document. */
  readonly description: string;
  /** The writable fields of a record (everything except the record envelope). */
  readonly schema: S;
  /** Per-field sync policy; fields not listed are `shared`. */
  readonly policy: Readonly<Partial<Record<keyof S['shape'] & string, FieldPolicy>>>;
  readonly readAccess: ReadAccess;
  /** Fields accepted as equality filters on list endpoints (`?type=ahsn`). */
  readonly filters: readonly (keyof S['shape'] & string)[];
  /** Who normally owns the records: the hub (national reference data) or a region. */
  readonly ownedBy: 'hub' | 'region';
  /** Who may write the records (see `Authority`); by default `national` for hub-owned entities. */
  readonly authority: Authority;
  /**
   * Fields that identify a record England-wide (an organisation's ODS code, a network's key): no
   * two live records, whoever owns them, hold the same value.
   */
  readonly naturalKeys: readonly (keyof S['shape'] & string)[];
  /**
   * Fields that hold the id of another record, by the entity it must be (or, for a field whose
   * target depends on another field, that field's name and the entity of each of its values):
   * every write made at an instance must name a live record it holds (DESIGN.md "References").
   */
  readonly references: Readonly<Partial<Record<keyof S['shape'] & string, Reference>>>;
  /** Fields set only by domain workflows (e.g. an assurance return's status); create/update refuse them. */
  readonly readOnly: readonly (keyof S['shape'] & string)[];
  /** Why a stored record may not be edited or deleted now (e.g. a signed-off return), or undefined. */
  readonly lockedReason?: (record: Record<string, unknown>) => string | undefined;
  /** Regions own the records, and every instance receives them by pull (an opted-in shared directory). */
  readonly sharedWithAll?: true;
  /**
   * The field naming the network whose record this is (a business plan's, an offer's): a region
   * writes such records only for a network it speaks for (`speaksForNetwork`).
   */
  readonly networkField?: keyof S['shape'] & string;
  /**
   * The field holding the small-number threshold of a published aggregate: never below the
   * writing instance's suppression floor, on every write path and at the hub.
   */
  readonly thresholdField?: keyof S['shape'] & string;
  /**
   * What a whole record must keep beyond its fields' schemas (e.g. a published diversity table has
   * no count below its threshold), checked on every write path and by the hub on every push.
   * Returns the issues, with paths into the record (none: the record keeps them).
   */
  recordIssues?(record: z.output<S>): FieldIssue[];
}

/** Declares an entity of the domain model. @example defineEntity({ name: 'network', ... }) */
export function defineEntity<S extends z.ZodObject>(def: {
  name: string;
  collection: string;
  table?: string;
  domain: Domain;
  description: string;
  schema: S;
  policy?: Partial<Record<keyof S['shape'] & string, FieldPolicy>>;
  readAccess?: ReadAccess;
  filters?: readonly (keyof S['shape'] & string)[];
  ownedBy: 'hub' | 'region';
  authority?: Authority;
  naturalKeys?: readonly (keyof S['shape'] & string)[];
  references?: Partial<Record<keyof S['shape'] & string, Reference>>;
  readOnly?: readonly (keyof S['shape'] & string)[];
  lockedReason?: (record: Record<string, unknown>) => string | undefined;
  sharedWithAll?: true;
  networkField?: keyof S['shape'] & string;
  thresholdField?: keyof S['shape'] & string;
  recordIssues?(record: z.output<S>): FieldIssue[];
}): EntityDefinition<S> {
  if (!/^[a-z][a-z0-9-]*$/.test(def.name))
    throw new Error(`entity name must be kebab-case: ${def.name}`);
  return Object.freeze({
    name: def.name,
    collection: def.collection,
    table: def.table ?? def.collection.replace(/-/g, '_'),
    domain: def.domain,
    description: def.description,
    // every input is strict: an unknown key is refused, never silently dropped
    schema: (def.schema.def.catchall === undefined ? def.schema.strict() : def.schema) as S,
    policy: Object.freeze({ ...(def.policy ?? {}) }) as EntityDefinition<S>['policy'],
    readAccess:
      def.readAccess ??
      (Object.values(def.policy ?? {}).some((p) => p !== 'shared') ? 'viewer' : 'public'),
    filters: Object.freeze([...(def.filters ?? [])]),
    ownedBy: def.ownedBy,
    authority: def.authority ?? (def.ownedBy === 'hub' ? 'national' : 'regional'),
    naturalKeys: Object.freeze([...(def.naturalKeys ?? [])]),
    references: Object.freeze({ ...(def.references ?? {}) }) as EntityDefinition<S>['references'],
    readOnly: Object.freeze([...(def.readOnly ?? [])]),
    ...(def.lockedReason ? { lockedReason: def.lockedReason } : {}),
    ...(def.sharedWithAll ? { sharedWithAll: true as const } : {}),
    ...(def.recordIssues ? { recordIssues: def.recordIssues } : {}),
    ...(def.networkField ? { networkField: def.networkField } : {}),
    ...(def.thresholdField ? { thresholdField: def.thresholdField } : {}),
  });
}

/** The envelope every stored record carries (DESIGN.md "Sync"). */
export const RecordEnvelope = z.object({
  id: z.string(),
  owner: z.string(),
  version: z.number().int().positive(),
  deleted: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RecordEnvelope = z.infer<typeof RecordEnvelope>;

/** A stored record of entity `E`: its envelope plus its fields. */
// `any`: TypeScript 5.9 measures EntityDefinition invariant in its schema and refuses a specific
// entity against the default `EntityDefinition<z.ZodObject>` (TS2344 in users' type checks)
// biome-ignore lint/suspicious/noExplicitAny: see above
export type EntityRecord<E extends EntityDefinition<any>> = RecordEnvelope & z.output<E['schema']>;

/** Whether only the hub may create records of an entity (a region may not, even its own). */
export function isNational(def: Pick<EntityDefinition, 'authority'>): boolean {
  return def.authority === 'national';
}

/** The policy of one field (default `shared`). */
export function fieldPolicy(def: EntityDefinition, field: string): FieldPolicy {
  return (def.policy as Record<string, FieldPolicy | undefined>)[field] ?? 'shared';
}

/** Fields of an entity that may leave the instance in a sync payload (the allowlist). */
export function shareableFields(def: EntityDefinition): string[] {
  return Object.keys(def.schema.shape).filter((f) => fieldPolicy(def, f) === 'shared');
}

/**
 * Throws a `ValidationError` (400, with the issues' paths) when a record breaks a rule of its
 * entity's `recordIssues`. Every write path calls it after the schema.
 */
export function assertRecordRules(def: EntityDefinition, record: Record<string, unknown>): void {
  const issues = def.recordIssues?.(record as never) ?? [];
  if (issues.length === 0) return;
  const first = issues[0]!;
  throw new ValidationError(
    `The ${def.name} is not valid: ${first.path.join('.') || '(root)'}: ${first.message}`,
    issues,
  );
}
