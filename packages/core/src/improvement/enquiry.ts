import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref, Text } from '../common/primitives.js';
import { PriorityArea } from '../networks/network.js';

/** What an enquiry is about; the topic decides where it is routed (`routeEnquiry`). */
export const EnquiryTopic = z.enum([
  'improvement',
  'leadership',
  'clinical_network',
  'senate_advice',
  'research_evaluation',
  'other',
]);
export type EnquiryTopic = z.infer<typeof EnquiryTopic>;

export const EnquiryStatus = z.enum(['new', 'routed', 'in_progress', 'answered', 'closed']);
export type EnquiryStatus = z.infer<typeof EnquiryStatus>;

export const EnquiryAction = z.enum(['route', 'start', 'answer', 'close', 'reopen']);
export type EnquiryAction = z.infer<typeof EnquiryAction>;

/** An ISO date-time with an offset or `Z`, e.g. `2015-07-10T09:00:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true }).max(40);

/** One workflow step of an enquiry: who did what, when. `networkId` is where a `route` step sent it. */
export const EnquiryStep = z
  .object({
    action: EnquiryAction,
    from: EnquiryStatus,
    to: EnquiryStatus,
    by: z.string().max(200),
    at: IsoDateTime,
    networkId: Ref.optional(),
    comment: z.string().max(2000).optional(),
  })
  .strict();
export type EnquiryStep = z.infer<typeof EnquiryStep>;

/**
 * A request for help or advice reaching the single point of local access (rec 7) or the one-stop
 * shop (rec 8: research and evaluation advice). The workflow (`applyEnquiryTransition`) sets status,
 * routing, response times and history. Contact details and the question itself stay `local`: free
 * text may name people, and the hub needs only topic, routing and timings for service levels.
 */
export const enquiryEntity = defineEntity({
  name: 'enquiry',
  collection: 'enquiries',
  domain: 'improvement',
  description:
    'An enquiry for improvement, leadership or clinical advice, routed to a network and answered within service levels',
  schema: z
    .object({
      organisationId: Ref,
      topic: EnquiryTopic,
      /** For clinical network enquiries: the priority area, to pick the matching network. */
      priorityArea: PriorityArea.optional(),
      question: Text(4000),
      contactName: Text(200),
      contactEmail: z.email().max(254),
      receivedAt: IsoDateTime,
      routedToNetworkId: Ref.optional(),
      status: EnquiryStatus.default('new'),
      /** The first response to the enquirer (the first start, answer or close step). */
      firstResponseAt: IsoDateTime.optional(),
      /** The first answer (kept when the enquiry is reopened; history has every step). */
      answeredAt: IsoDateTime.optional(),
      history: z.array(EnquiryStep).max(500).default([]),
    })
    .strict(),
  policy: { question: 'local', contactName: 'local', contactEmail: 'local' },
  readAccess: 'viewer',
  filters: ['organisationId', 'topic', 'status', 'routedToNetworkId', 'priorityArea'],
  ownedBy: 'region',
  references: { organisationId: 'organisation', routedToNetworkId: 'network' },
  authority: 'regional',
  readOnly: ['routedToNetworkId', 'status', 'firstResponseAt', 'answeredAt', 'history'],
  lockedReason: (r) =>
    r['status'] === 'closed' ? 'The enquiry is closed: reopen it to change it' : undefined,
});
export type Enquiry = z.infer<typeof enquiryEntity.schema>;
