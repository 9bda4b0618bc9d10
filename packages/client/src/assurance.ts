import type { EntityRecord, assuranceReturnEntity } from '@tessera/core';
import type { Http } from './http.js';

/** A stored assurance return, as the workflow steps answer it. */
export type AssuranceReturnRecord = EntityRecord<typeof assuranceReturnEntity>;

/** The assurance workflow (annex G 62.d): draft -> submitted -> reviewed -> signed off, or returned for changes. */
export interface AssuranceClient {
  /** Submits a draft return (editor or admin). */
  submit(id: string, comment?: string): Promise<AssuranceReturnRecord>;
  /** Marks a submitted return as reviewed (admin). */
  review(id: string, comment?: string): Promise<AssuranceReturnRecord>;
  /** Signs off a reviewed return (admin). */
  signOff(id: string, comment?: string): Promise<AssuranceReturnRecord>;
  /** Returns a submitted or reviewed return for changes, with a comment (admin). */
  return(id: string, comment: string): Promise<AssuranceReturnRecord>;
}

/** Makes the assurance workflow client; an illegal step throws `ConflictError` with code `illegal_transition`. */
export function createAssurance(http: Http): AssuranceClient {
  const step = (path: string) => (id: string, comment?: string) =>
    // the body is optional: without a comment none is sent
    http.request<AssuranceReturnRecord>(
      'POST',
      `/assurance-returns/${encodeURIComponent(id)}/${path}`,
      comment === undefined ? {} : { body: { comment } },
    );
  return {
    submit: step('submit'),
    review: step('review'),
    signOff: step('sign-off'),
    return: step('return'),
  };
}
