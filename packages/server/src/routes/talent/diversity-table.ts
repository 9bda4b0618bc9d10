import { z } from 'zod';
import {
  PROTECTED_CHARACTERISTICS,
  ValidationError,
  diversityTable,
  cohortEntity,
  enrolmentEntity,
  ethnicGroupOf,
  participantEntity,
  talentPoolEntity,
  talentPoolMemberEntity,
  type DiversityTable,
  type EntityRecord,
  type ProtectedCharacteristic,
} from '@tessera/core';
import { suppressionThreshold, type Store } from '@tessera/store';
import { readAll, today } from '../shared/read-helpers.js';
import { queryInt } from '../shared/query-int.js';

/** The query of a diversity table: who is counted, by which characteristic, grouped how. */
export const DiversityQuery = z.strictObject({
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

type Participant = EntityRecord<typeof participantEntity>;
type Counted = { group: string; person: Participant };

/** Collects each person once per group. */
function counter() {
  const out: Counted[] = [];
  const seen = new Set<string>();
  const add = (group: string | undefined, person: Participant | undefined) => {
    if (!group || !person || seen.has(`${group}\u0000${person.id}`)) return;
    seen.add(`${group}\u0000${person.id}`);
    out.push({ group, person });
  };
  return { out, add };
}

/** Participants by organisation, or by the programme or LDP of each cohort they enrolled in. */
async function participantRecords(
  store: Store,
  by: DiversityQuery['by'],
  participants: Map<string, Participant>,
): Promise<Counted[]> {
  if (by === 'pool')
    throw new ValidationError('Participants are grouped by programme, ldp or organisation', [
      { path: ['by'], message: 'not for participants' },
    ]);
  const { out, add } = counter();
  if (by === 'organisation') {
    for (const p of participants.values()) add(p.organisationId, p);
    return out;
  }
  const cohorts = new Map((await readAll(store, cohortEntity)).map((c) => [c.id, c]));
  for (const e of await readAll(store, enrolmentEntity)) {
    if (e.status === 'offered') continue;
    const cohort = cohorts.get(e.cohortId);
    add(
      by === 'programme' ? cohort?.programmeId : cohort?.ldpId,
      participants.get(e.participantId),
    );
  }
  return out;
}

/** Talent-pool members by pool, by the pool's LDP, or by organisation. */
async function poolMemberRecords(
  store: Store,
  by: DiversityQuery['by'],
  participants: Map<string, Participant>,
): Promise<Counted[]> {
  if (by === 'programme')
    throw new ValidationError('Pool members are grouped by pool, ldp or organisation', [
      { path: ['by'], message: 'not for pool members' },
    ]);
  const { out, add } = counter();
  const pools = new Map((await readAll(store, talentPoolEntity)).map((p) => [p.id, p]));
  for (const m of await readAll(store, talentPoolMemberEntity)) {
    const pool = pools.get(m.poolId);
    const person = participants.get(m.participantId);
    const group =
      by === 'pool' ? pool?.id : by === 'organisation' ? person?.organisationId : pool?.networkId;
    add(group, person);
  }
  return out;
}

/** The people counted and the group each counts in (a person counts once per group). */
async function diversityRecords(store: Store, q: DiversityQuery): Promise<Counted[]> {
  const participants = new Map((await readAll(store, participantEntity)).map((p) => [p.id, p]));
  return q.population === 'participants'
    ? participantRecords(store, q.by, participants)
    : poolMemberRecords(store, q.by, participants);
}

/** The suppressed table of a diversity query: nothing below the threshold, nothing recoverable by differencing. */
export async function suppressedDiversity(
  store: Store,
  q: DiversityQuery,
): Promise<DiversityTable> {
  const records = await diversityRecords(store, q);
  // the caller may raise the threshold, never lower it below the instance's floor
  const threshold = await suppressionThreshold(store, q.threshold);
  const characteristic = q.characteristic as ProtectedCharacteristic;
  const broad = characteristic === 'ethnicity' && q.broadGroups !== 'false';
  return diversityTable(records, {
    characteristic,
    groupOf: (r) => r.group,
    categoryOf: (r) => r.person[characteristic],
    ...(broad ? { recode: (c: string) => ethnicGroupOf(c) } : {}),
    threshold,
  });
}

/**
 * The `diversity-aggregate` record that publishes a suppressed table (computed today), as both
 * publishing routes (participants and pools; leaders) write it.
 */
export function publishedAggregate(
  q: { population: string; characteristic: string; by: string },
  t: DiversityTable,
): Record<string, unknown> {
  return {
    population: q.population,
    characteristic: q.characteristic,
    groupBy: q.by,
    threshold: t.threshold,
    computedOn: today(),
    categories: t.categories,
    rows: t.groups.map((group, i) => ({ group, cells: t.cells[i]!, total: t.rowTotals[i]! })),
    columnTotals: t.columnTotals,
    grandTotal: t.grandTotal,
  };
}
