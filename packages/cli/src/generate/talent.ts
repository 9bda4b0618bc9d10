import { addDays, addMonths, ethnicGroupOf, followUpDates, type Attainment } from '@tessera/core';
import { dayBetween, FIRST_DAY, LAST_DAY, maxDate, minDate } from './dates.js';
import type { EntityGenerator } from './generation-state.js';
import { personName, workEmail } from './names.js';
import { bandFor, drawCharacteristics, EXPERTISE, PROFESSIONS } from './population.js';

/**
 * Leadership development delivered by the LDP: cohorts of national programmes, participants with
 * their protected characteristics, enrolments through to completion, goals followed up at 3, 6
 * and 12 months, the coaching and mentoring register, local talent pools and nine-box assessments.
 */
const DELIVERY_PARTNERS = [
  'University of Birmingham',
  'KPMG and the University of Birmingham',
  'Hay Group',
  "The King's Fund",
  'Open University',
  'Alliance Manchester Business School',
  'Ashridge Executive Education',
  'Leeds Beckett University',
  'Deloitte',
  'University of Bradford',
];
/** Programme length in months by level (Mary Seacole: six months; Nye Bevan: a year). */
const MONTHS: Record<string, readonly [number, number]> = {
  entry: [3, 6],
  first_line: [6, 6],
  middle: [9, 12],
  senior: [12, 12],
  executive: [9, 12],
  system: [12, 12],
};
const LEVEL_WEIGHT: Record<string, number> = {
  entry: 30,
  first_line: 30,
  middle: 20,
  senior: 10,
  executive: 6,
  system: 4,
};
/** Cohorts whose end is after this had not finished by the end of 2016. */
const AS_OF = '2016-12-01';

const GOALS = [
  'I will hold a monthly listening session with my team and act on one thing they raise each time.',
  'I will coach two band 6 nurses on my ward towards their first leadership role.',
  'I will lead a PDSA cycle on our discharge process and share the results with the directorate.',
  'I will delegate the rota to my deputy and use the time for service planning.',
  'I will set up a reverse mentoring arrangement with a colleague from a different background.',
  'I will introduce a daily safety huddle and measure whether incidents are reported sooner.',
  'I will ask for 360-degree feedback again in six months and compare.',
  'I will build a relationship with our local authority counterparts on discharge planning.',
  'I will chair the directorate governance meeting and make sure every voice is heard.',
  'I will apply for a senior role within the next year.',
  'I will make our team meetings about improvement, not just performance figures.',
  'I will start a staff recognition scheme on my unit.',
];

const ATTAINMENT: Record<3 | 6 | 12, readonly (readonly [Attainment, number])[]> = {
  3: [
    ['not_started', 15],
    ['partly', 45],
    ['mostly', 30],
    ['fully', 10],
  ],
  6: [
    ['not_started', 8],
    ['partly', 35],
    ['mostly', 37],
    ['fully', 20],
  ],
  12: [
    ['not_started', 5],
    ['partly', 22],
    ['mostly', 40],
    ['fully', 33],
  ],
};

const cohort: EntityGenerator = function* (s, count) {
  const rng = s.rng('cohort');
  const { world } = s;
  const perCohort = Math.ceil((s.plan.get('enrolment') ?? 0) / count);
  const programmes = world.programmes.map((p) => [p, LEVEL_WEIGHT[p.level] ?? 10] as const);
  for (let i = 0; i < count; i++) {
    const programme = programmes[rng.weighted(programmes.map(([, w], k) => [k, w] as const))]![0];
    const [lo, hi] = MONTHS[programme.level] ?? [6, 12];
    const startDate = dayBetween(rng, '2015-01-05', '2016-06-30');
    const endDate = minDate(addMonths(startDate, rng.int(lo, hi)), LAST_DAY);
    const places = Math.max(perCohort, rng.int(16, 32));
    const id = s.newId();
    s.refs.cohorts.push({ id, startDate, endDate });
    yield {
      entity: 'cohort',
      id,
      fields: {
        programmeId: programme.id,
        ldpId: world.ldp.id,
        startDate,
        endDate,
        places,
        deliveryPartner: rng.pick(DELIVERY_PARTNERS),
      },
    };
  }
};

const participant: EntityGenerator = function* (s, count) {
  const rng = s.rng('participant');
  const { world } = s;
  for (let i = 0; i < count; i++) {
    const pc = drawCharacteristics(rng, world.profile);
    const name = personName(rng, pc.sex, ethnicGroupOf(pc.ethnicity));
    const profession = rng.weighted(PROFESSIONS);
    const id = s.newId();
    s.refs.participants.push(id);
    yield {
      entity: 'participant',
      id,
      fields: {
        name: name.full,
        email: workEmail(rng, name),
        organisationId: rng.pick(world.organisations).id,
        profession,
        band: bandFor(rng, profession),
        ...pc,
      },
    };
  }
};

const enrolment: EntityGenerator = function* (s, count) {
  const rng = s.rng('enrolment');
  const { cohorts, participants } = s.refs;
  for (let j = 0; j < count; j++) {
    // cohorts fill in turn (never beyond their places); participants in turn (some come back for another programme)
    const c = cohorts[Math.floor((j * cohorts.length) / count)]!;
    const participantId = participants[j % participants.length]!;
    const enrolledOn = maxDate(FIRST_DAY, addDays(c.startDate, -rng.int(7, 56)));
    const finished = c.endDate < AS_OF;
    const status = finished
      ? rng.weighted([
          ['completed', 86],
          ['withdrawn', 14],
        ] as const)
      : rng.weighted([
          ['enrolled', 90],
          ['withdrawn', 5],
          ['offered', 5],
        ] as const);
    const fields: Record<string, unknown> = { cohortId: c.id, participantId, status, enrolledOn };
    if (status === 'completed') {
      fields['completedOn'] = c.endDate;
      if (rng.chance(0.85))
        fields['satisfaction'] = rng.weighted([
          [1, 2],
          [2, 5],
          [3, 15],
          [4, 45],
          [5, 33],
        ]);
    }
    const id = s.newId();
    s.refs.enrolments.push({
      id,
      setOn: status === 'completed' ? c.endDate : c.startDate,
      completed: status === 'completed',
    });
    yield { entity: 'enrolment', id, fields };
  }
};

const evaluationGoal: EntityGenerator = function* (s, count) {
  const rng = s.rng('evaluation-goal');
  const completed = s.refs.enrolments.filter((e) => e.completed);
  const pool = completed.length ? completed : s.refs.enrolments;
  for (let j = 0; j < count; j++) {
    const e = pool[j % pool.length]!;
    const followUps = followUpDates(e.setOn).map((f) => {
      if (f.dueOn > LAST_DAY || !rng.chance(0.85))
        return { dueMonths: f.dueMonths, dueOn: f.dueOn };
      return {
        dueMonths: f.dueMonths,
        dueOn: f.dueOn,
        doneOn: minDate(addDays(f.dueOn, rng.int(0, 21)), LAST_DAY),
        attainment: rng.weighted(ATTAINMENT[f.dueMonths]),
      };
    });
    yield {
      entity: 'evaluation-goal',
      id: s.newId(),
      fields: { enrolmentId: e.id, goal: rng.pick(GOALS), setOn: e.setOn, followUps },
    };
  }
};

const coach: EntityGenerator = function* (s, count) {
  const rng = s.rng('coach');
  for (let i = 0; i < count; i++) {
    const pc = drawCharacteristics(rng, s.world.profile);
    const name = personName(rng, pc.sex, ethnicGroupOf(pc.ethnicity));
    const fields: Record<string, unknown> = {
      kind: rng.weighted([
        ['coach', 60],
        ['mentor', 40],
      ] as const),
      name: name.full,
      email: workEmail(rng, name),
      organisationId: rng.pick(s.world.organisations).id,
      expertise: rng.sample(EXPERTISE, rng.int(2, 5)),
      capacity: rng.int(1, 6),
    };
    if (rng.chance(0.9)) Object.assign(fields, { sex: pc.sex, ethnicity: pc.ethnicity });
    yield { entity: 'coach', id: s.newId(), fields };
  }
};

const mentee: EntityGenerator = function* (s, count) {
  const rng = s.rng('mentee');
  for (let i = 0; i < count; i++) {
    const pc = drawCharacteristics(rng, s.world.profile);
    const name = personName(rng, pc.sex, ethnicGroupOf(pc.ethnicity));
    const preferences: Record<string, boolean> = {};
    if (rng.chance(0.15)) preferences['sameSex'] = true;
    if (rng.chance(0.1)) preferences['sameEthnicity'] = true;
    const seeks = rng.weighted([
      ['coach', 40],
      ['mentor', 30],
      ['either', 30],
    ] as const);
    const fields: Record<string, unknown> = {
      name: name.full,
      organisationId: rng.pick(s.world.organisations).id,
      needs: rng.sample(EXPERTISE, rng.int(1, 3)),
      preferences,
    };
    if (seeks !== 'either') fields['seeks'] = seeks;
    if (rng.chance(0.9)) Object.assign(fields, { sex: pc.sex, ethnicity: pc.ethnicity });
    yield { entity: 'mentee', id: s.newId(), fields };
  }
};

const POOLS = [
  'Aspiring directors',
  'Aspiring chief executives',
  'Clinical leaders of the future',
  'BME leadership',
  'Emerging leaders',
  'Nurse and midwife leaders',
  'Aspiring medical directors',
];

const talentPool: EntityGenerator = function* (s, count) {
  const rng = s.rng('talent-pool');
  for (let i = 0; i < count; i++) {
    const theme = POOLS[i % POOLS.length]!;
    const intake = 2015 + (Math.floor(i / POOLS.length) % 2);
    const round = Math.floor(i / (POOLS.length * 2));
    const id = s.newId();
    s.refs.pools.push(id);
    yield {
      entity: 'talent-pool',
      id,
      fields: {
        name: `${s.world.ldp.name}: ${theme} ${intake}${round ? ` (${round + 1})` : ''}`,
        scope: 'local',
        networkId: s.world.ldp.id,
        description: `${theme} talent pool, ${intake} intake: development, coaching and stretch assignments.${rng.chance(0.5) ? ' Nominated by their chief executives.' : ''}`,
      },
    };
  }
};

const talentPoolMember: EntityGenerator = function* (s, count) {
  const rng = s.rng('talent-pool-member');
  const { pools, participants } = s.refs;
  for (let j = 0; j < count; j++) {
    // distinct (pool, participant) pairs while count < pools x participants
    const participantId = participants[j % participants.length]!;
    const poolId = pools[(j + Math.floor(j / participants.length)) % pools.length]!;
    yield {
      entity: 'talent-pool-member',
      id: s.newId(),
      fields: { poolId, participantId, addedOn: dayBetween(rng, '2015-03-01', LAST_DAY) },
    };
  }
};

const nineBox: EntityGenerator = function* (s, count) {
  const rng = s.rng('nine-box');
  const { participants } = s.refs;
  const rating = [
    [1, 20],
    [2, 55],
    [3, 25],
  ] as const;
  for (let j = 0; j < count; j++) {
    yield {
      entity: 'nine-box',
      id: s.newId(),
      fields: {
        participantId: participants[j % participants.length]!,
        performance: rng.weighted(rating),
        potential: rng.weighted(rating),
        assessedOn: dayBetween(rng, '2015-03-01', LAST_DAY),
      },
    };
  }
};

export const talentGenerators: Readonly<Record<string, EntityGenerator>> = {
  cohort,
  participant,
  enrolment,
  'evaluation-goal': evaluationGoal,
  coach,
  mentee,
  'talent-pool': talentPool,
  'talent-pool-member': talentPoolMember,
  'nine-box': nineBox,
};
