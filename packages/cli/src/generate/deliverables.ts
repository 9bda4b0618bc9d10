import type { NetworkType } from '@tessera/core';

/**
 * What networks commit to in their business plans and report on in quarterly assurance returns:
 * AHSN work (patient safety collaboratives, adoption of innovation, industry) and LDP work
 * (programme delivery, talent, diversity), each with the metric it is measured by.
 */
export interface DeliverableTemplate {
  title: string;
  metric: string;
  unit: string;
  /** A plausible annual target. */
  target: number;
}

const AHSN: readonly DeliverableTemplate[] = [
  {
    title: 'Patient safety collaborative: spread the sepsis screening tool to every acute trust',
    metric: 'acute trusts using the tool',
    unit: 'trusts',
    target: 8,
  },
  {
    title: 'Patient safety collaborative: reduce falls with harm by 20%',
    metric: 'trusts reporting a 20% reduction',
    unit: 'trusts',
    target: 5,
  },
  {
    title: 'Support the adoption of three NICE-approved innovations',
    metric: 'innovations adopted',
    unit: 'innovations',
    target: 3,
  },
  {
    title: 'Run the regional innovation exchange',
    metric: 'innovators supported',
    unit: 'innovators',
    target: 40,
  },
  {
    title: 'Train front-line staff in quality improvement methods',
    metric: 'staff trained',
    unit: 'staff',
    target: 250,
  },
  {
    title: 'Industry partnerships: help small firms reach NHS buyers',
    metric: 'SMEs supported',
    unit: 'SMEs',
    target: 25,
  },
  {
    title: 'Establish the local improvement coalition and its faculty',
    metric: 'member organisations',
    unit: 'organisations',
    target: 12,
  },
  {
    title: 'Publish the baseline of improvement capability in the footprint',
    metric: 'organisations assessed',
    unit: 'organisations',
    target: 15,
  },
  {
    title: 'Mental health crisis care: test the street triage model',
    metric: 'section 136 detentions avoided',
    unit: 'detentions',
    target: 60,
  },
  {
    title: 'Diabetes: digital structured education pilot',
    metric: 'patients enrolled',
    unit: 'patients',
    target: 500,
  },
  {
    title: 'Atrial fibrillation: detect and anticoagulate',
    metric: 'strokes avoided (modelled)',
    unit: 'strokes',
    target: 30,
  },
  {
    title: 'Research and evaluation advice through the one-stop shop',
    metric: 'requests answered within 10 days',
    unit: '%',
    target: 90,
  },
];

const LDP: readonly DeliverableTemplate[] = [
  {
    title: 'Deliver the Mary Seacole programme to first-time leaders',
    metric: 'participants completing',
    unit: 'participants',
    target: 180,
  },
  {
    title: 'Deliver the Edward Jenner programme online',
    metric: 'participants completing',
    unit: 'participants',
    target: 600,
  },
  {
    title: 'Run the regional talent management programme for aspiring directors',
    metric: 'people in the talent pool',
    unit: 'people',
    target: 40,
  },
  {
    title: 'Launch the coaching and mentoring register',
    metric: 'coaching matches made',
    unit: 'matches',
    target: 120,
  },
  {
    title: 'Increase BME participation in leadership programmes',
    metric: 'BME share of participants',
    unit: '%',
    target: 20,
  },
  {
    title: 'Follow up programme goals at 3, 6 and 12 months',
    metric: 'follow-ups completed',
    unit: '%',
    target: 80,
  },
  {
    title: 'Board development offer for trusts in special measures',
    metric: 'boards supported',
    unit: 'boards',
    target: 6,
  },
  {
    title: 'Support aspiring directors through the Nye Bevan programme',
    metric: 'participants enrolled',
    unit: 'participants',
    target: 35,
  },
];

/** The deliverables a network of this type works on. */
export function deliverablesFor(type: NetworkType): readonly DeliverableTemplate[] {
  return type === 'ldp' ? LDP : AHSN;
}

/** Commentary on a deliverable by RAG rating. */
export const COMMENTARY: Readonly<Record<'red' | 'amber' | 'green', readonly string[]>> = {
  green: [
    'On track; milestones for the quarter met.',
    'Delivered ahead of plan.',
    'On track: all partner organisations engaged.',
  ],
  amber: [
    'Slippage of one month: recruitment of the project lead delayed.',
    'Partially on track: two organisations yet to sign up.',
    'Data collection behind schedule; recovery plan agreed with partners.',
  ],
  red: [
    'Off track: funding for phase two not yet confirmed.',
    'Significant slippage: system pressures over winter paused the work.',
    'Off track: the lead organisation withdrew; escalated to the board.',
  ],
};
