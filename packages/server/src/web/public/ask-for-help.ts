import { ValidationError } from '@tessera/core';
import { type StoredRecord, type Store, submitHelpRequest } from '@tessera/store';
import type { FieldErrors } from '../components/form-fields.js';

export interface AskInput {
  topic: string;
  question: string;
  contactName: string;
  contactEmail: string;
}

const MESSAGES: Record<string, string> = {
  topic: 'Select what your question is about',
  question: 'Enter your question (up to 4,000 characters)',
  contactName: 'Enter your name',
  contactEmail: 'Enter an email address in the correct format, like name@example.com',
};

/**
 * Records an anonymous "ask for help" as the API's `POST /help-requests` does (`submitHelpRequest`:
 * routed at once by the navigator to the right network's queue), or answers the form's field errors.
 */
export async function askForHelp(
  store: Store,
  odsCode: string,
  input: AskInput,
  at: string,
): Promise<{ errors: FieldErrors } | { enquiry: StoredRecord }> {
  try {
    const { enquiry } = await submitHelpRequest(store, { odsCode, ...input }, at);
    return { enquiry };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const errors: FieldErrors = {};
    for (const issue of e.issues) {
      const key = String(issue.path[0] ?? 'question');
      errors[key] ??= MESSAGES[key] ?? issue.message;
    }
    if (Object.keys(errors).length === 0) errors['question'] = e.message;
    return { errors };
  }
}
