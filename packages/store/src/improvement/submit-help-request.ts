import {
  HELP_REQUEST_ROUTER,
  helpRequestEnquiry,
  parseOrThrow,
  HelpRequestInput,
  type EnquiryRoute,
} from '@tessera/core';
import type { StoredRecord } from '../repository/entity-repository.js';
import type { Store } from '../store.js';
import { loadNavigation, organisationByOds } from '../networks/load-navigation.js';

export interface HelpRequestReceipt {
  /** The enquiry the request became (its contact details and question stay on this instance). */
  enquiry: StoredRecord;
  route: EnquiryRoute;
}

/**
 * Takes a public request for help (no token): validates it strictly, finds the organisation by
 * its ODS code, routes it by the navigator (improvement to its AHSN's queue, leadership to its
 * LDP...) and stores it as a routed enquiry in one transaction. The web form and the public API
 * both call this. Throws `ValidationError` (bad body), `NotFoundError` (unknown ODS code).
 * @example await submitHelpRequest(store, { odsCode: 'RJZ', question: '...', contactName: 'A', contactEmail: 'a@nhs.net' })
 */
export async function submitHelpRequest(
  store: Store,
  body: unknown,
  at: string = new Date().toISOString(),
): Promise<HelpRequestReceipt> {
  const input = parseOrThrow(HelpRequestInput, body, 'The help request is not valid');
  const organisation = await organisationByOds(store, input.odsCode);
  const navigation = await loadNavigation(store, organisation, at.slice(0, 10));
  const { enquiry, route } = helpRequestEnquiry(input, navigation, at);
  const repo = store.repo('enquiry');
  const stored = await store.write((tx) =>
    repo.createIn(tx, parseOrThrow(repo.def.schema, enquiry) as Record<string, unknown>, {
      actor: HELP_REQUEST_ROUTER,
      actorRole: 'public',
      now: at,
    }),
  );
  return { enquiry: stored, route };
}
