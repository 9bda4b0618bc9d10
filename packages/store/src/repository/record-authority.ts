import {
  ForbiddenError,
  ValidationError,
  speaksForNetwork,
  type EntityDefinition,
} from '@tessera/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db.js';
import { suppressionFloorIn } from '../suppression-floor.js';

/**
 * Rules on what a record says of whose it is and what it may show, checked on every write made at
 * an instance (API, web forms, imports, workflows): a region writes a network's records only for
 * a network it speaks for; a published aggregate's threshold is never below the instance's floor.
 */

/** Why `instance` may not write a record of `def` with `fields` for its network, or undefined. */
export async function networkAuthorityProblem(
  tx: Tx,
  def: EntityDefinition,
  fields: Record<string, unknown>,
  instance: string,
  tableOf: (entity: string) => string | undefined,
): Promise<string | undefined> {
  const field = def.networkField;
  const id = field === undefined ? undefined : fields[field];
  if (typeof id !== 'string' || speaksForNetwork(instance, {})) return undefined;
  const table = tableOf('network');
  if (!table) return undefined;
  const rows = await tx.all<Record<string, unknown>>(
    sql`SELECT n."key" AS "key", n."owner" AS "owner", p."key" AS "parentKey" FROM ${sql.identifier(table)} n LEFT JOIN ${sql.identifier(table)} p ON p."id" = n."ahsn_id" WHERE n."id" = ${id} LIMIT 1`,
  );
  const network = rows[0];
  if (!network || speaksForNetwork(instance, network)) return undefined; // none: a reference rule
  return `${field}: ${def.collection} of network ${String(network['key'])} are written only by the instance that speaks for it; "${instance}" speaks for its own network (rule network_authority)`;
}

/** Refuses (403 `network_authority`) a record of another region's network. */
export async function refuseOtherNetwork(
  tx: Tx,
  def: EntityDefinition,
  fields: Record<string, unknown>,
  instance: string,
  tableOf: (entity: string) => string | undefined,
): Promise<void> {
  const problem = await networkAuthorityProblem(tx, def, fields, instance, tableOf);
  if (problem)
    throw new ForbiddenError(problem, {
      code: 'network_authority',
      rule: 'network_authority',
      entity: def.name,
      field: def.networkField,
    });
}

/** Why a record's threshold is below `floor` (undefined when it is not, or the entity has none). */
export function thresholdProblem(
  def: EntityDefinition,
  fields: Record<string, unknown>,
  floor: number,
): string | undefined {
  const field = def.thresholdField;
  const value = field === undefined ? undefined : fields[field];
  if (typeof value !== 'number' || value >= floor) return undefined;
  return `${field}: ${value} is below this instance's suppression floor ${floor}: a threshold may be raised, never lowered`;
}

/** Refuses (400 on the threshold field) a published aggregate whose threshold is below the floor. */
export async function refuseLowThreshold(
  tx: Tx,
  def: EntityDefinition,
  records: readonly Record<string, unknown>[],
): Promise<void> {
  if (def.thresholdField === undefined || records.length === 0) return;
  const floor = await suppressionFloorIn(tx);
  for (const [i, fields] of records.entries()) {
    const problem = thresholdProblem(def, fields, floor);
    if (problem)
      throw new ValidationError(problem, [
        {
          path: records.length > 1 ? [i, def.thresholdField] : [def.thresholdField],
          message: `below the suppression floor ${floor}`,
          code: 'below_suppression_floor',
        },
      ]);
  }
}
