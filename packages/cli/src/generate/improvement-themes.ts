/**
 * Improvement themes the generator builds projects from: an aim, a driver diagram with change ideas
 * to test in PDSA cycles, and a family of measures with a plausible baseline level and spread for
 * their monthly values. Typical NHS improvement work of 2015-16.
 */
export interface ThemeMeasure {
  name: string;
  kind: 'outcome' | 'process' | 'balancing';
  definition: string;
  unit: string;
  direction: 'increase' | 'decrease';
  /** Typical monthly value before the change, and month-to-month spread. */
  baseline: number;
  sd: number;
  /** The level the project aims for. */
  target: number;
  /** Values are whole numbers (counts), else one decimal place. */
  integer?: boolean;
  /** Upper bound (percentages). */
  max?: number;
}

export interface ImprovementTheme {
  title: string;
  aim: string;
  type: 'service_improvement' | 'service_transformation' | 'service_intervention';
  drivers: { primary: string; secondary: { title: string; ideas: string[] }[] }[];
  measures: ThemeMeasure[];
}

const pct = (
  name: string,
  kind: ThemeMeasure['kind'],
  definition: string,
  baseline: number,
  target: number,
  sd = 5,
): ThemeMeasure => ({
  name,
  kind,
  definition,
  unit: '%',
  direction: target >= baseline ? 'increase' : 'decrease',
  baseline,
  sd,
  target,
  max: 100,
});

export const IMPROVEMENT_THEMES: readonly ImprovementTheme[] = [
  {
    title: 'Reducing inpatient falls',
    aim: 'Reduce inpatient falls with harm on older people’s wards by 30% within 12 months',
    type: 'service_improvement',
    drivers: [
      {
        primary: 'Reliable falls risk assessment',
        secondary: [
          {
            title: 'Assessment on admission',
            ideas: [
              'Falls risk assessment within 6 hours of admission',
              'Lying and standing blood pressure on admission',
            ],
          },
        ],
      },
      {
        primary: 'Safer ward environment',
        secondary: [
          {
            title: 'Supervision of patients at risk',
            ideas: [
              'Bay nursing for high-risk patients',
              'Intentional rounding every hour',
              'Call bell within reach checks',
            ],
          },
        ],
      },
    ],
    measures: [
      {
        name: 'Falls per 1,000 occupied bed days',
        kind: 'outcome',
        definition: 'Inpatient falls reported on Datix per 1,000 occupied bed days',
        unit: 'per 1,000 bed days',
        direction: 'decrease',
        baseline: 6.6,
        sd: 1.1,
        target: 4.6,
      },
      pct(
        'Falls risk assessments within 6 hours',
        'process',
        'Share of admissions with a completed falls risk assessment within 6 hours',
        62,
        95,
        6,
      ),
      {
        name: 'Mean length of stay',
        kind: 'balancing',
        definition: 'Mean length of stay of discharged patients, days',
        unit: 'days',
        direction: 'decrease',
        baseline: 9.4,
        sd: 0.8,
        target: 9.4,
      },
    ],
  },
  {
    title: 'Timely treatment of sepsis',
    aim: 'Give 90% of patients with red-flag sepsis antibiotics within one hour of arrival by March 2016',
    type: 'service_improvement',
    drivers: [
      {
        primary: 'Early recognition',
        secondary: [
          {
            title: 'Screening at triage',
            ideas: [
              'Sepsis screening tool at ED triage',
              'NEWS escalation prompt on observations chart',
            ],
          },
        ],
      },
      {
        primary: 'Rapid treatment',
        secondary: [
          {
            title: 'Sepsis Six delivered within the hour',
            ideas: ['Sepsis grab bags in resus', 'Antibiotics prescribed by nurse under PGD'],
          },
        ],
      },
    ],
    measures: [
      pct(
        'Antibiotics within one hour',
        'outcome',
        'Share of red-flag sepsis patients given IV antibiotics within 60 minutes of arrival',
        54,
        90,
        7,
      ),
      pct(
        'Sepsis screening at triage',
        'process',
        'Share of eligible ED attendances screened for sepsis at triage',
        48,
        95,
        8,
      ),
      pct(
        'Antibiotic prescriptions reviewed at 72 hours',
        'balancing',
        'Share of sepsis antibiotic prescriptions with a documented 72-hour review',
        70,
        90,
        6,
      ),
    ],
  },
  {
    title: 'Eliminating avoidable pressure ulcers',
    aim: 'No avoidable grade 3 or 4 pressure ulcers in community nursing caseloads by the end of 2016',
    type: 'service_improvement',
    drivers: [
      {
        primary: 'Skin assessment and care planning',
        secondary: [
          {
            title: 'SSKIN bundle',
            ideas: [
              'SSKIN bundle at every visit',
              'Photographs of wounds on the electronic record',
            ],
          },
        ],
      },
      {
        primary: 'Equipment',
        secondary: [
          {
            title: 'Pressure-relieving equipment on time',
            ideas: ['Same-day mattress delivery', 'Equipment checklist for carers'],
          },
        ],
      },
    ],
    measures: [
      {
        name: 'New grade 2+ pressure ulcers',
        kind: 'outcome',
        definition: 'New pressure ulcers of grade 2 or above acquired in our care, per month',
        unit: 'ulcers',
        direction: 'decrease',
        baseline: 14,
        sd: 3.5,
        target: 5,
        integer: true,
      },
      pct(
        'SSKIN bundle compliance',
        'process',
        'Share of audited visits with every SSKIN element documented',
        66,
        95,
        6,
      ),
    ],
  },
  {
    title: 'Discharge before midday',
    aim: 'Discharge 35% of medical inpatients before midday to improve flow from the emergency department',
    type: 'service_transformation',
    drivers: [
      {
        primary: 'Planning discharge from admission',
        secondary: [
          {
            title: 'Expected date of discharge',
            ideas: [
              'Expected date of discharge set on the post-take ward round',
              'Board round every morning at 09:00',
            ],
          },
        ],
      },
      {
        primary: 'Ready on the day',
        secondary: [
          {
            title: 'Medicines and transport ready',
            ideas: ['TTOs written the day before', 'Discharge lounge opens at 08:00'],
          },
        ],
      },
    ],
    measures: [
      pct(
        'Discharges before midday',
        'outcome',
        'Share of discharges from medical wards completed before 12:00',
        17,
        35,
        3,
      ),
      pct(
        'Patients with an expected date of discharge',
        'process',
        'Share of medical inpatients with an expected date of discharge recorded within 24 hours',
        58,
        90,
        7,
      ),
      pct(
        'Readmissions within 30 days',
        'balancing',
        'Share of discharged medical patients readmitted as emergencies within 30 days',
        8.5,
        8.5,
        1.2,
      ),
    ],
  },
  {
    title: 'Four-hour standard in the emergency department',
    aim: 'See, treat and admit or discharge 95% of patients within four hours of arrival',
    type: 'service_transformation',
    drivers: [
      {
        primary: 'Streaming at the front door',
        secondary: [
          {
            title: 'The right clinician first',
            ideas: ['GP streaming at the front door', 'Senior decision-maker at triage'],
          },
        ],
      },
      {
        primary: 'Flow out of the department',
        secondary: [
          {
            title: 'Timely specialty review',
            ideas: [
              'Specialty review within one hour of referral',
              'Ambulatory emergency care unit open until 22:00',
            ],
          },
        ],
      },
    ],
    measures: [
      pct(
        'Patients within four hours',
        'outcome',
        'Share of type 1 ED attendances admitted, transferred or discharged within four hours',
        87,
        95,
        2.5,
      ),
      {
        name: 'Median time to initial assessment',
        kind: 'process',
        definition: 'Median minutes from arrival to initial clinical assessment',
        unit: 'minutes',
        direction: 'decrease',
        baseline: 24,
        sd: 4,
        target: 15,
        integer: true,
      },
      {
        name: 'Left without being seen',
        kind: 'balancing',
        definition: 'Share of attendances leaving before being seen',
        unit: '%',
        direction: 'decrease',
        baseline: 2.6,
        sd: 0.5,
        target: 2,
        max: 100,
      },
    ],
  },
  {
    title: 'Reducing missed doses of critical medicines',
    aim: 'Halve omitted doses of time-critical medicines on adult inpatient wards within nine months',
    type: 'service_improvement',
    drivers: [
      {
        primary: 'Medicines available on the ward',
        secondary: [
          {
            title: 'Stock and supply',
            ideas: [
              'Critical medicines stock list on every ward',
              'Out-of-hours pharmacy cupboard',
            ],
          },
        ],
      },
      {
        primary: 'Staff know what is time-critical',
        secondary: [
          {
            title: 'Awareness',
            ideas: [
              'Red tabards during drug rounds',
              'Time-critical medicines sticker on the chart',
            ],
          },
        ],
      },
    ],
    measures: [
      {
        name: 'Omitted critical doses per 100 administrations',
        kind: 'outcome',
        definition:
          'Omitted or delayed doses of time-critical medicines per 100 scheduled administrations',
        unit: 'per 100',
        direction: 'decrease',
        baseline: 4.2,
        sd: 0.7,
        target: 2.1,
      },
      pct(
        'Wards with the critical medicines list',
        'process',
        'Share of adult inpatient wards with the critical medicines stock list in place',
        30,
        100,
        8,
      ),
    ],
  },
  {
    title: 'Hyperacute stroke pathway',
    aim: 'Admit 90% of stroke patients to a stroke unit within four hours of arrival',
    type: 'service_transformation',
    drivers: [
      {
        primary: 'Pre-alert and direct admission',
        secondary: [
          {
            title: 'Ambulance pre-alert',
            ideas: [
              'FAST-positive pre-alert to the stroke team',
              'Direct to CT from the ambulance',
            ],
          },
        ],
      },
      {
        primary: 'Stroke unit capacity',
        secondary: [
          {
            title: 'A ring-fenced bed',
            ideas: [
              'One stroke bed ring-fenced at all times',
              'Early supported discharge team seven days a week',
            ],
          },
        ],
      },
    ],
    measures: [
      pct(
        'Admitted to a stroke unit within four hours',
        'outcome',
        'Share of stroke patients admitted to a stroke unit within four hours of arrival (SSNAP)',
        58,
        90,
        7,
      ),
      {
        name: 'Door to needle time',
        kind: 'process',
        definition: 'Median minutes from arrival to thrombolysis',
        unit: 'minutes',
        direction: 'decrease',
        baseline: 58,
        sd: 9,
        target: 40,
        integer: true,
      },
    ],
  },
  {
    title: 'Reducing out-of-area mental health placements',
    aim: 'Bring acute adult mental health placements back into the area: no out-of-area placements by 2017',
    type: 'service_intervention',
    drivers: [
      {
        primary: 'Alternatives to admission',
        secondary: [
          {
            title: 'Crisis care in the community',
            ideas: ['Crisis house beds', 'Home treatment team available 24/7'],
          },
        ],
      },
      {
        primary: 'Flow through acute beds',
        secondary: [
          {
            title: 'Purposeful admissions',
            ideas: ['Red and green days on acute wards', 'Weekly delayed transfers of care review'],
          },
        ],
      },
    ],
    measures: [
      {
        name: 'Out-of-area placements',
        kind: 'outcome',
        definition: 'Adults placed in acute mental health beds outside the area, at month end',
        unit: 'patients',
        direction: 'decrease',
        baseline: 21,
        sd: 4,
        target: 0,
        integer: true,
      },
      pct(
        'Bed occupancy',
        'balancing',
        'Mean occupancy of acute adult mental health beds',
        97,
        90,
        2,
      ),
    ],
  },
  {
    title: 'Reducing outpatient non-attendance',
    aim: 'Reduce did-not-attend rates in first outpatient appointments from 9% to 6%',
    type: 'service_improvement',
    drivers: [
      {
        primary: 'Patients remember their appointment',
        secondary: [
          {
            title: 'Reminders',
            ideas: ['Text message reminders five days before', 'Second reminder the day before'],
          },
        ],
      },
      {
        primary: 'Appointments that suit patients',
        secondary: [
          {
            title: 'Choice of time',
            ideas: ['Patient-booked appointments online', 'Evening clinics on Tuesdays'],
          },
        ],
      },
    ],
    measures: [
      pct(
        'First appointments not attended',
        'outcome',
        'Share of first outpatient appointments not attended and not cancelled',
        9.1,
        6,
        0.8,
      ),
      pct(
        'Patients sent a text reminder',
        'process',
        'Share of first appointments with a text reminder sent',
        35,
        90,
        9,
      ),
    ],
  },
];
