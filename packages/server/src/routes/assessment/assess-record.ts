import type { Context } from 'hono';
import {
  DomainError,
  ForbiddenError,
  NotFoundError,
  assessedState,
  assessingRegionOf,
  decideAssessment,
  type AssessedState,
  type AssessmentAction,
  type AssessmentSubject,
  type Geography,
  type Network,
  type WithId,
} from '@tessera/core';
import {
  applyAssessmentDecisions,
  assessable,
  decisionsOn,
  type Store,
  type StoredRecord,
} from '@tessera/store';
import type { AppEnv, InstanceRole } from '../../context.js';

/** The rule every refusal names (annex G 59.b). */
export const ASSESSMENT_RULE =
  'AHSN and Clinical Network business plans and quarterly assurance returns are assessed by the Regional Medical Team of their NHS England region, at the hub (annex G 59.b: "assessed by Regional Medical Teams through business planning sign off and quarterly assurance processes")';

/** The record assessed, its network and the region whose team assesses it. */
async function subjectOf(store: Store, subject: AssessmentSubject, id: string) {
  const record = await store.repo(subject).get(id);
  if (!record) throw new NotFoundError(`No ${subject} with id ${id}`, { id });
  const networkId = record['networkId'] as string;
  const network = await store.repo('network').get(networkId);
  const geographies = new Map(
    (await store.repo('geography').all()).map((g) => [g.id, g as unknown as WithId<Geography>]),
  );
  const region = network
    ? assessingRegionOf(network as unknown as WithId<Network>, geographies)
    : null;
  return { record, networkId, region };
}

/** The assessed state of a record with the hub's decisions on it (at the hub, or pulled to a region). */
export async function assessmentOf(
  store: Store,
  subject: AssessmentSubject,
  id: string,
): Promise<AssessedState & { subject: AssessmentSubject; id: string; region: string | null }> {
  const { record, region } = await subjectOf(store, subject, id);
  const state = assessedState(assessable(subject, record), await decisionsOn(store, id));
  return { subject, id, region, ...state };
}

/**
 * One assessment step (review, return for changes, sign off) by the Regional Medical Team: only at
 * the hub, only with an `assessor` token whose region is the network's. The decision is a hub
 * record; the region applies it to its own record after its next pull.
 */
export async function assessRecord(
  c: Context<AppEnv>,
  role: InstanceRole,
  subject: AssessmentSubject,
  id: string,
  action: AssessmentAction,
  comment: string | undefined,
): Promise<{ decision: StoredRecord; assessment: AssessedState; record: StoredRecord }> {
  const auth = c.var.auth;
  if (!auth)
    throw new DomainError('unauthorized', `This needs an assessor token. ${ASSESSMENT_RULE}`);
  if (role !== 'hub')
    throw new ForbiddenError(
      `A region cannot ${action.replace('_', ' ')} its own ${subject}: ${ASSESSMENT_RULE}`,
      { rule: 'assessed-by-regional-medical-team', action },
    );
  if (auth.role !== 'assessor')
    throw new ForbiddenError(
      `This needs an assessor token of the network's region; the token has role ${auth.role}. ${ASSESSMENT_RULE}`,
      { rule: 'assessed-by-regional-medical-team', action },
    );
  const store = c.var.store;
  const { record, networkId, region } = await subjectOf(store, subject, id);
  if (region === null || auth.scope !== region)
    throw new ForbiddenError(
      `This ${subject} is assessed by the ${region ?? 'unknown'} Regional Medical Team; the token assesses ${auth.scope ?? 'no region'}`,
      { rule: 'assessor-of-the-region', region, scope: auth.scope ?? null },
    );
  const at = new Date().toISOString();
  const repo = store.repo('assessment-decision');
  const decision = await store.write(async (tx) => {
    // decided inside the write: two assessors cannot both move the same status
    const decisions = await decisionsOn(store, id, tx);
    const fields = decideAssessment(assessable(subject, record), decisions, action, {
      assessor: `${auth.name} (${auth.id})`,
      at,
      ...(comment !== undefined ? { comment } : {}),
    });
    return repo.createIn(
      tx,
      { subject, subjectId: id, subjectOwner: record.owner, networkId, region, ...fields },
      { actor: `token:${auth.id}:${auth.name}`, actorRole: auth.role, now: at },
    );
  });
  // a record the hub owns itself takes the decision at once
  if (record.owner === store.instance) await applyAssessmentDecisions(store);
  const fresh = await assessmentOf(store, subject, id);
  // the record as this instance holds it: the hub's copy of a region's record changes only when
  // the region applies the decision and syncs
  return { decision, assessment: fresh, record: await store.repo(subject).require(id) };
}
