import { z } from 'zod';
import { Text } from '../common/primitives.js';
import type { Navigation } from '../networks/navigate.js';
import { PriorityArea } from '../networks/network.js';
import { EnquiryTopic, type Enquiry } from './enquiry.js';
import { applyEnquiryTransition } from './enquiry-workflow.js';
import { routeEnquiry, type EnquiryRoute } from './route-enquiry.js';

/**
 * A request for help from anyone in the NHS, with no token: the organisation's ODS code, what it
 * is about and how to reply (rec 7: the AHSN as "single point of local access"). Strict and
 * bounded: the public body accepts nothing else.
 */
export const HelpRequestInput = z
  .object({
    odsCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{3,10}$/, 'expected an ODS code such as RJZ'),
    topic: EnquiryTopic.default('improvement'),
    priorityArea: PriorityArea.optional(),
    question: Text(4000),
    contactName: Text(200),
    contactEmail: z.email().max(254),
  })
  .strict()
  .meta({ id: 'HelpRequestInput' });
export type HelpRequestInput = z.infer<typeof HelpRequestInput>;

/** Who took the routing step of a request made without a token. */
export const HELP_REQUEST_ROUTER = 'navigator (public help request)';

/**
 * The enquiry a help request becomes: received now and routed at once by the navigator of its
 * organisation (improvement and most topics to its AHSN's queue, leadership to its LDP...).
 * @example helpRequestEnquiry(input, navigate({ organisation, ... }), '2015-07-10T09:00:00Z').routedToNetworkId
 */
export function helpRequestEnquiry(
  input: HelpRequestInput,
  navigation: Pick<Navigation, 'organisation' | 'ahsn' | 'clinicalNetworks' | 'senate' | 'ldp'>,
  at: string,
): { enquiry: Enquiry; route: EnquiryRoute } {
  const draft: Enquiry = {
    organisationId: navigation.organisation.id,
    topic: input.topic,
    ...(input.priorityArea ? { priorityArea: input.priorityArea } : {}),
    question: input.question,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    receivedAt: at,
    status: 'new',
    history: [],
  };
  const route = routeEnquiry({ enquiry: draft, navigation });
  const enquiry = applyEnquiryTransition(draft, 'route', {
    by: HELP_REQUEST_ROUTER,
    at,
    networkId: route.networkId,
    comment: route.reason,
  });
  return { enquiry, route };
}
