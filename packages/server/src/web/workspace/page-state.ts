import type { FieldErrors } from '../components/form-fields.js';

/** A record as the API answers it. */
export type Rec = Record<string, unknown> & { id: string };

/** What a page's forms show again after a refused submission, and the status to answer with. */
export interface FormState<Status extends number = 400> {
  errors?: FieldErrors;
  values?: Record<string, string>;
  status?: Status;
}
