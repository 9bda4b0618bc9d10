/**
 * How many records of each entity to generate: shares of `n` (largest remainder, so the counts sum
 * to exactly `n`), then adjusted so that no record lacks what it refers to (an enrolment needs a
 * cohort and a participant...). Entities are listed parents first: the order records are written in.
 */
export const DEFAULT_MIX: Readonly<Record<string, number>> = Object.freeze({
  membership: 2,
  'organisation-strategy': 2,
  'business-plan': 0.5,
  'assurance-return': 1,
  cohort: 0.5,
  participant: 12,
  enrolment: 14,
  'evaluation-goal': 8,
  coach: 1,
  mentee: 2,
  'talent-pool': 0.2,
  'talent-pool-member': 3,
  'nine-box': 4,
  'improvement-project': 2,
  'pdsa-cycle': 6,
  measure: 3,
  'measure-value': 30,
  'capability-assessment': 6,
  enquiry: 2.8,
});

/** What each entity refers to (all must exist before it). */
export const PARENTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  enrolment: ['cohort', 'participant'],
  'evaluation-goal': ['enrolment'],
  'talent-pool-member': ['talent-pool', 'participant'],
  'nine-box': ['participant'],
  'pdsa-cycle': ['improvement-project'],
  measure: ['improvement-project'],
  'measure-value': ['measure'],
});

/** Generated entities, parents first. */
export const GENERATED_ENTITIES: readonly string[] = Object.freeze(Object.keys(DEFAULT_MIX));

/**
 * Counts per entity summing to `n`, in `GENERATED_ENTITIES` order.
 * @example planCounts(1000).get('measure-value') // 300
 */
export function planCounts(
  n: number,
  mix: Readonly<Record<string, number>> = DEFAULT_MIX,
): Map<string, number> {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`expected a whole number of records >= 0: ${n}`);
  const entities = GENERATED_ENTITIES.filter((e) => (mix[e] ?? 0) > 0);
  const unknown = Object.keys(mix).filter((e) => !GENERATED_ENTITIES.includes(e));
  if (unknown.length)
    throw new RangeError(
      `the generator does not make ${unknown.join(', ')}; it makes ${GENERATED_ENTITIES.join(', ')}`,
    );
  if (entities.length === 0) throw new RangeError('the mix gives no entity a share');
  const total = entities.reduce((s, e) => s + mix[e]!, 0);
  const exact = entities.map((e) => (n * mix[e]!) / total);
  const counts = exact.map(Math.floor);
  let left = n - counts.reduce((a, b) => a + b, 0);
  // largest remainders first; ties to the entity listed first
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  const plan = new Map(GENERATED_ENTITIES.map((e) => [e, 0]));
  entities.forEach((e, i) => plan.set(e, counts[i]!));
  // a child with a missing parent gives one of its records to the parent, until none is missing
  // (terminates: records only ever move to entities earlier in the list)
  for (let changed = true; changed; ) {
    changed = false;
    for (const child of [...GENERATED_ENTITIES].reverse()) {
      for (const parent of PARENTS[child] ?? []) {
        if (plan.get(child)! > 0 && plan.get(parent)! === 0) {
          plan.set(child, plan.get(child)! - 1);
          plan.set(parent, 1);
          changed = true;
        }
      }
    }
  }
  return plan;
}
