import {
  applyEnquiryTransition,
  ethnicGroupOf,
  type EnquiryStep,
  type EnquiryTopic,
  type PriorityArea,
} from '@tessera/core';
import { afterWorkingHours, dayBetween, FIRST_DAY, workingTime } from './dates.js';
import type { EntityGenerator } from './generation-state.js';
import { personName, workEmail } from './names.js';
import { drawCharacteristics } from './population.js';

/**
 * Enquiries reaching the single point of local access (rec 7) and the one-stop shop (rec 8), routed
 * by core's `routeEnquiry` on the organisation's navigator and taken through the enquiry workflow
 * (`applyEnquiryTransition`): most are answered and closed within days, some are still open.
 */
const QUESTIONS: Record<EnquiryTopic, readonly string[]> = {
  improvement: [
    'We want to reduce falls on our elderly care wards. Is there a collaborative we can join, and can someone help us set up the measures?',
    'Can the AHSN help us spread the sepsis screening tool from ED to the admissions unit?',
    'We are looking for training in quality improvement methods for about 30 ward managers. What is available locally?',
  ],
  leadership: [
    'Which leadership programme would suit a newly appointed band 7 ward manager, and when does the next cohort start?',
    'Our board would like development support after the CQC inspection. What does the LDP offer?',
    'How do we nominate staff for the regional aspiring directors talent pool?',
  ],
  clinical_network: [
    'We would like advice from the clinical network on redesigning our pathway, and whether there is regional data we can compare with.',
    'Is there a network-agreed guideline we should adopt for this service, and who should we speak to?',
  ],
  senate_advice: [
    'We are consulting on a reconfiguration of stroke services and would like the clinical senate to review the clinical case.',
    'Could the senate give independent clinical advice on our proposed changes to maternity services?',
  ],
  research_evaluation: [
    'We have piloted a frailty virtual ward and need help designing an evaluation. Can the one-stop shop advise?',
    'Is there published evidence on the cost-effectiveness of community diabetes education we could use in a business case?',
  ],
  other: [
    'Who is the right contact for a joint bid with the local authority on care home support?',
    'Can you tell us which networks our trust is a member of and what they offer?',
  ],
};
const TOPICS = [
  ['improvement', 35],
  ['leadership', 20],
  ['clinical_network', 15],
  ['senate_advice', 5],
  ['research_evaluation', 15],
  ['other', 10],
] as const;
const AREAS: readonly PriorityArea[] = [
  'cancer',
  'cardiovascular',
  'maternity_children',
  'mental_health_dementia_neurology',
];
/** Enquiries' steps stop at the end of 2016. */
const END = '2016-12-31T18:00:00Z';

interface EnquiryState {
  status: 'new' | 'routed' | 'in_progress' | 'answered' | 'closed';
  history: EnquiryStep[];
  receivedAt: string;
  routedToNetworkId?: string;
  firstResponseAt?: string;
  answeredAt?: string;
}

const enquiry: EntityGenerator = function* (s, count) {
  const rng = s.rng('enquiry');
  for (let i = 0; i < count; i++) {
    const organisation = rng.pick(s.world.organisations);
    const topic = rng.weighted(TOPICS);
    const priorityArea = topic === 'clinical_network' ? rng.pick(AREAS) : undefined;
    const pc = drawCharacteristics(rng, s.world.profile);
    const contact = personName(rng, pc.sex, ethnicGroupOf(pc.ethnicity));
    const receivedAt = workingTime(rng, dayBetween(rng, FIRST_DAY, '2016-12-20'));
    let record: EnquiryState = { status: 'new', history: [], receivedAt };
    let at = receivedAt;
    const step = (
      action: 'route' | 'start' | 'answer' | 'close',
      hours: number,
      extra: { networkId?: string; comment?: string } = {},
    ) => {
      const next = afterWorkingHours(at, hours);
      if (next > END) return false;
      at = next;
      record = applyEnquiryTransition(record, action, {
        by: action === 'route' ? 'single point of access triage' : 'improvement adviser',
        at,
        ...extra,
      });
      return true;
    };
    if (
      step('route', rng.int(1, 16), {
        networkId: s.world.routeEnquiry(organisation.id, topic, priorityArea),
      })
    ) {
      if (rng.chance(0.04))
        step('close', rng.int(2, 10), { comment: 'Duplicate of an enquiry already in progress.' });
      else if (
        rng.chance(0.85) &&
        step('start', rng.int(2, 40)) &&
        rng.chance(0.85) &&
        step('answer', rng.int(8, 90)) &&
        rng.chance(0.75)
      )
        step('close', rng.int(8, 60));
    }
    yield {
      entity: 'enquiry',
      id: s.newId(),
      fields: {
        organisationId: organisation.id,
        topic,
        ...(priorityArea ? { priorityArea } : {}),
        question: rng.pick(QUESTIONS[topic]),
        contactName: contact.full,
        contactEmail: workEmail(rng, contact),
        ...record,
      },
    };
  }
};

export const enquiryGenerators: Readonly<Record<string, EntityGenerator>> = { enquiry };
