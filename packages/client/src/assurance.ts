import type {
  AssessedState,
  EntityRecord,
  assessmentDecisionEntity,
  assuranceReturnEntity,
} from '@tessera/core';
import type { Http } from './http.js';

/** A stored assurance return, as the workflow steps answer it. */
export type AssuranceReturnRecord = EntityRecord<typeof assuranceReturnEntity>;

/**
 * What an assessment step answers: the Regional Medical Team's decision (a hub record), the
 * assessed state after it, and the return as this instance holds it (the region's own record
 * changes when the region applies the decision after its next pull).
 */
export interface AssessmentOutcome {
  decision: EntityRecord<typeof assessmentDecisionEntity>;
  assessment: AssessedState;
  record: AssuranceReturnRecord;
}

/** The assurance workflow (annex G 62.d, 59.b): the region submits; its regional team assesses at the hub. */
export interface AssuranceClient {
  /** Submits a draft return (editor or admin of the instance that owns it). */
  submit(id: string, comment?: string): Promise<AssuranceReturnRecord>;
  /** Marks a submitted return as reviewed (an assessor of the network's region, at the hub). */
  review(id: string, comment?: string): Promise<AssessmentOutcome>;
  /** Signs off a reviewed return (an assessor of the network's region, at the hub). */
  signOff(id: string, comment?: string): Promise<AssessmentOutcome>;
  /** Returns a submitted or reviewed return for changes, with a comment (an assessor, at the hub). */
  return(id: string, comment: string): Promise<AssessmentOutcome>;
}

/** Makes the assurance workflow client; an illegal step throws `ConflictError` with code `illegal_transition`. */
export function createAssurance(http: Http): AssuranceClient {
  const step =
    <T>(path: string) =>
    (id: string, comment?: string) =>
      // the body is optional: without a comment none is sent
      http.request<T>(
        'POST',
        `/assurance-returns/${encodeURIComponent(id)}/${path}`,
        comment === undefined ? {} : { body: { comment } },
      );
  return {
    submit: step<AssuranceReturnRecord>('submit'),
    review: step<AssessmentOutcome>('review'),
    signOff: step<AssessmentOutcome>('sign-off'),
    return: step<AssessmentOutcome>('return'),
  };
}
