import { z } from 'zod';
import {
  PROTECTED_CHARACTERISTICS,
  ValidationError,
  diversityTable,
  ethnicGroupOf,
  type DiversityTable,
  type ProtectedCharacteristic,
} from '@tessera/core';
import { suppressionFloor, type Store, type StoredRecord } from '@tessera/store';
import { readAll } from '../shared/read-helpers.js';
import { queryInt } from '../shared/query-int.js';

/** The query of a diversity table: who is counted, by which characteristic, grouped how. */
export const DiversityQuery = z.object({
  population: z.enum(['participants', 'pool_members']).default('participants'),
  characteristic: z.enum(PROTECTED_CHARACTERISTICS),
  by: z.enum(['programme', 'ldp', 'organisation', 'pool']).default('ldp'),
  threshold: queryInt(2, 100).optional().meta({
    description:
      'Counts of 1 to threshold-1 are suppressed. May raise the instance’s floor (default 10, set by an admin), never lower it: a lower value is taken as the floor',
  }),
  broadGroups: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Ethnicity in the 5 broad ONS groups (default true)' }),
});
export type DiversityQuery = z.infer<typeof DiversityQuery>;

/** The people counted and the group each counts in (a person counts once per group). */
async function diversityRecords(
  store: Store,
  q: DiversityQuery,
): Promise<{ group: string; person: StoredRecord }[]> {
  const participants = new Map((await readAll(store, 'participant')).map((p) => [p.id, p]));
  const out: { group: string; person: StoredRecord }[] = [];
  const seen = new Set<string>();
  const add = (group: string | undefined, person: StoredRecord | undefined) => {
    if (!group || !person || seen.has(`${group}\u0000${person.id}`)) return;
    seen.add(`${group}\u0000${person.id}`);
    out.push({ group, person });
  };
  if (q.population === 'participants') {
    if (q.by === 'pool')
      throw new ValidationError('Participants are grouped by programme, ldp or organisation', [
        { path: ['by'], message: 'not for participants' },
      ]);
    if (q.by === 'organisation') {
      for (const p of participants.values()) add(p['organisationId'] as string, p);
      return out;
    }
    const cohorts = new Map((await readAll(store, 'cohort')).map((c) => [c.id, c]));
    for (const e of await readAll(store, 'enrolment')) {
      if (e['status'] === 'offered') continue;
      const cohort = cohorts.get(e['cohortId'] as string);
      add(
        cohort?.[q.by === 'programme' ? 'programmeId' : 'ldpId'] as string | undefined,
        participants.get(e['participantId'] as string),
      );
    }
    return out;
  }
  const pools = new Map((await readAll(store, 'talent-pool')).map((p) => [p.id, p]));
  for (const m of await readAll(store, 'talent-pool-member')) {
    const pool = pools.get(m['poolId'] as string);
    const person = participants.get(m['participantId'] as string);
    const group =
      q.by === 'pool'
        ? pool?.id
        : q.by === 'organisation'
          ? (person?.['organisationId'] as string | undefined)
          : q.by === 'ldp'
            ? (pool?.['networkId'] as string | undefined)
            : undefined;
    if (q.by === 'programme')
      throw new ValidationError('Pool members are grouped by pool, ldp or organisation', [
        { path: ['by'], message: 'not for pool members' },
      ]);
    add(group, person);
  }
  return out;
}

/** The suppressed table of a diversity query: nothing below the threshold, nothing recoverable by differencing. */
export async function suppressedDiversity(
  store: Store,
  q: DiversityQuery,
): Promise<DiversityTable> {
  const records = await diversityRecords(store, q);
  // the caller may raise the threshold, never lower it below the instance's floor
  const threshold = Math.max(await suppressionFloor(store), q.threshold ?? 0);
  const characteristic = q.characteristic as ProtectedCharacteristic;
  const broad = characteristic === 'ethnicity' && q.broadGroups !== 'false';
  return diversityTable(records, {
    characteristic,
    groupOf: (r) => r.group,
    categoryOf: (r) => r.person[characteristic] as string | undefined,
    ...(broad ? { recode: (c: string) => ethnicGroupOf(c as never) } : {}),
    threshold,
  });
}
