import {
  applyDecision,
  assessedState,
  type AssessableRecord,
  type AssessmentDecision,
  type AssessmentSubject,
} from '@tessera/core';
import type { StoredRecord } from '../repository/entity-repository.js';
import type { Store, Tx } from '../store.js';

/** Where an assessed entity keeps its workflow status: a return's `status`, a plan's `assessment`. */
export const ASSESSED_STATUS_FIELD: Readonly<Record<AssessmentSubject, 'status' | 'assessment'>> =
  Object.freeze({ 'assurance-return': 'status', 'business-plan': 'assessment' });

/** A stored return or plan seen as an assessable record. */
export function assessable(subject: AssessmentSubject, record: StoredRecord): AssessableRecord {
  return {
    status: (record[ASSESSED_STATUS_FIELD[subject]] ?? 'draft') as AssessableRecord['status'],
    history: (record['history'] ?? []) as AssessableRecord['history'],
  };
}

/** The hub's decisions on one record (pulled to the region, or the hub's own). */
export async function decisionsOn(
  store: Store,
  subjectId: string,
  tx?: Tx,
): Promise<AssessmentDecision[]> {
  return (await store
    .repo('assessment-decision')
    .all({ subjectId }, tx)) as unknown as AssessmentDecision[];
}

/**
 * The owner's side of assessment: applies the Regional Medical Team's decisions (hub records,
 * received by pull) to this instance's own submitted returns and plans, each as a workflow step
 * naming the assessor, in one transaction per record. Idempotent: a decision already applied, or
 * on an earlier submission, changes nothing. Returns the number of steps applied.
 * @example await applyAssessmentDecisions(store) // after a pull
 */
export async function applyAssessmentDecisions(store: Store): Promise<number> {
  let applied = 0;
  const decisions = await store.repo('assessment-decision').all({ subjectOwner: store.instance });
  const bySubject = new Map<string, AssessmentDecision[]>();
  for (const d of decisions as unknown as (AssessmentDecision & { id: string })[]) {
    const list = bySubject.get(d.subjectId) ?? [];
    list.push(d);
    bySubject.set(d.subjectId, list);
  }
  for (const [subjectId, list] of bySubject) {
    const subject = list[0]!.subject;
    const repo = store.repo(subject);
    const field = ASSESSED_STATUS_FIELD[subject];
    applied += await store.write(async (tx) => {
      const current = await repo.get(subjectId, { tx });
      if (!current || current.deleted || current.owner !== store.instance) return 0;
      const { pending } = assessedState(
        assessable(subject, current),
        await decisionsOn(store, subjectId, tx),
      );
      if (pending.length === 0) return 0;
      let next = assessable(subject, current);
      for (const d of pending) next = applyDecision(next, d);
      await repo.updateIn(
        tx,
        current,
        {
          ...Object.fromEntries(Object.keys(repo.def.schema.shape).map((f) => [f, current[f]])),
          [field]: next.status,
          history: next.history,
        },
        { actor: `hub:${pending[pending.length - 1]!.assessor}`, actorRole: 'assessor' },
        `assessment:${pending.map((d) => d.action).join(',')}`,
      );
      return pending.length;
    });
  }
  return applied;
}
