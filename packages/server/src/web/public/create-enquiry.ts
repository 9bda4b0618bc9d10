import {
  applyEnquiryTransition,
  enquiryEntity,
  routeEnquiry,
  type Navigation,
} from '@tessera/core';
import type { Store, StoredRecord } from '@tessera/store';
import type { FieldErrors } from '../components/form-fields.js';

export interface EnquiryInput {
  topic: string;
  question: string;
  contactName: string;
  contactEmail: string;
}

const WRITER = { actor: 'web:ask-for-help', actorRole: 'public' };

/** The enquiry's fields checked against its schema: field errors for the form, or the fields. */
export function checkEnquiry(
  organisationId: string,
  input: EnquiryInput,
  at: string,
): { errors: FieldErrors } | { fields: Record<string, unknown> } {
  const parsed = enquiryEntity.schema.safeParse({ organisationId, receivedAt: at, ...input });
  if (parsed.success) return { fields: parsed.data as Record<string, unknown> };
  const errors: FieldErrors = {};
  const messages: Record<string, string> = {
    topic: 'Select what your question is about',
    question: 'Enter your question (up to 4,000 characters)',
    contactName: 'Enter your name',
    contactEmail: 'Enter an email address in the correct format, like name@example.com',
  };
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'question');
    errors[key] ??= messages[key] ?? issue.message;
  }
  return { errors };
}

/**
 * Records an anonymous enquiry and routes it by the navigator in one transaction, so it lands in
 * the right network's queue (rec 7: the single point of local access) at once.
 */
export async function createRoutedEnquiry(
  store: Store,
  nav: Navigation,
  fields: Record<string, unknown>,
  at: string,
): Promise<StoredRecord> {
  const repo = store.repo('enquiry');
  const route = routeEnquiry({ enquiry: fields as never, navigation: nav });
  const names = Object.keys(enquiryEntity.schema.shape);
  return store.write(async (tx) => {
    const created = await repo.createIn(tx, fields, { ...WRITER, now: at });
    const next = applyEnquiryTransition(created as never, 'route', {
      by: 'the navigator',
      at,
      networkId: route.networkId,
      comment: route.reason,
    });
    return repo.updateIn(
      tx,
      created,
      Object.fromEntries(names.map((f) => [f, (next as Record<string, unknown>)[f]])),
      { ...WRITER, now: at },
      'transition:route',
    );
  });
}
