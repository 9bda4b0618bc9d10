import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldPolicy, shareableFields, type EntityDefinition } from '../entity/define-entity.js';
import {
  coachEntity,
  cohortEntity,
  enrolmentEntity,
  evaluationGoalEntity,
  menteeEntity,
  nineBoxEntity,
  participantEntity,
  programmeEntity,
  seniorPostEntity,
  successionPlanEntity,
  talentPoolEntity,
  talentPoolMemberEntity,
  followUpDates,
} from './index.js';

const all: [EntityDefinition, Record<string, unknown>][] = [
  [
    programmeEntity,
    {
      name: 'Mary Seacole',
      level: 'first_line',
      professions: ['nursing', 'medical'],
      commissionedBy: 'NHS Leadership Academy',
      costPerPlace: 1200,
      description: 'First-time leaders',
    },
  ],
  [
    cohortEntity,
    {
      programmeId: 'p',
      ldpId: 'ldp-london',
      startDate: '2015-09-01',
      endDate: '2016-03-31',
      places: 30,
      deliveryPartner: 'A university',
    },
  ],
  [
    participantEntity,
    {
      name: 'A Person',
      email: 'a.person@nhs.net',
      organisationId: 'o',
      profession: 'nursing',
      band: '7',
      sex: 'female',
      ageBand: '35_44',
      ethnicity: 'asian_indian',
      disability: 'no',
      sexualOrientation: 'not_stated',
      religion: 'hindu',
    },
  ],
  [
    enrolmentEntity,
    {
      cohortId: 'c',
      participantId: 'p',
      status: 'completed',
      enrolledOn: '2015-09-01',
      completedOn: '2016-03-31',
      satisfaction: 5,
    },
  ],
  [
    evaluationGoalEntity,
    {
      enrolmentId: 'e',
      goal: 'Run huddles every morning',
      setOn: '2016-03-31',
      followUps: followUpDates('2016-03-31'),
    },
  ],
  [
    coachEntity,
    {
      kind: 'mentor',
      name: 'B Coach',
      email: 'b@nhs.net',
      organisationId: 'o2',
      expertise: ['finance'],
      capacity: 3,
    },
  ],
  [
    menteeEntity,
    {
      name: 'C Mentee',
      organisationId: 'o',
      needs: ['finance'],
      preferences: { sameSex: true },
      sex: 'male',
    },
  ],
  [
    talentPoolEntity,
    { name: 'Aspiring directors, London', scope: 'local', networkId: 'ldp-london' },
  ],
  [talentPoolMemberEntity, { poolId: 'tp', participantId: 'p', addedOn: '2016-04-01' }],
  [
    seniorPostEntity,
    {
      title: 'Chief Executive',
      organisationId: 'o',
      incumbentName: 'D Incumbent',
      expectedVacancyDate: '2017-03-31',
      incumbentLikelyToLeave: true,
    },
  ],
  [
    successionPlanEntity,
    {
      postId: 'sp',
      successors: [
        { personRef: 'x1', readiness: 'ready_now' },
        { personRef: 'x2', readiness: '3_5_years' },
      ],
    },
  ],
  [nineBoxEntity, { participantId: 'p', performance: 3, potential: 2, assessedOn: '2016-04-01' }],
];

describe('talent entities', () => {
  it('are declared in the talent domain with kebab-case names and distinct collections', () => {
    expect(all.map(([e]) => e.name)).toEqual([
      'programme',
      'cohort',
      'participant',
      'enrolment',
      'evaluation-goal',
      'coach',
      'mentee',
      'talent-pool',
      'talent-pool-member',
      'senior-post',
      'succession-plan',
      'nine-box',
    ]);
    expect(new Set(all.map(([e]) => e.collection)).size).toBe(all.length);
    for (const [e] of all) {
      expect(e.domain).toBe('talent');
      expect(e.table).toBe(e.collection.replace(/-/g, '_'));
      for (const f of e.filters) expect(Object.keys(e.schema.shape)).toContain(f);
    }
    expect(all.filter(([e]) => e.ownedBy === 'hub').map(([e]) => e.name)).toEqual([
      'programme',
      'senior-post',
      'succession-plan',
    ]);
  });

  it('accept a valid record', () => {
    for (const [e, record] of all) expect(e.schema.safeParse(record).success, e.name).toBe(true);
  });

  it('keep personal data local and readable by viewers only', () => {
    expect(shareableFields(participantEntity).sort()).toEqual([
      'band',
      'organisationId',
      'profession',
    ]);
    for (const f of [
      'name',
      'email',
      'sex',
      'ageBand',
      'ethnicity',
      'disability',
      'sexualOrientation',
      'religion',
    ])
      expect(fieldPolicy(participantEntity, f)).toBe('local');
    expect(shareableFields(coachEntity).sort()).toEqual([
      'capacity',
      'expertise',
      'kind',
      'organisationId',
    ]);
    expect(shareableFields(menteeEntity).sort()).toEqual(['needs', 'organisationId', 'seeks']);
    expect(shareableFields(seniorPostEntity).sort()).toEqual([
      'expectedVacancyDate',
      'organisationId',
      'title',
    ]);
    expect(shareableFields(nineBoxEntity)).toEqual([]);
    expect(shareableFields(evaluationGoalEntity).sort()).toEqual([
      'enrolmentId',
      'followUps',
      'setOn',
    ]);
    for (const e of [
      participantEntity,
      coachEntity,
      menteeEntity,
      seniorPostEntity,
      successionPlanEntity,
      nineBoxEntity,
    ])
      expect(e.readAccess, e.name).toBe('viewer');
    for (const e of [
      programmeEntity,
      cohortEntity,
      enrolmentEntity,
      talentPoolEntity,
      talentPoolMemberEntity,
    ])
      expect(e.readAccess, e.name).toBe('public');
  });

  it('reject invalid values', () => {
    const bad: [EntityDefinition, Record<string, unknown>][] = [
      [programmeEntity, { ...all[0]![1], level: 'board' }],
      [programmeEntity, { ...all[0]![1], costPerPlace: -1 }],
      [cohortEntity, { ...all[1]![1], startDate: '2015-02-30' }],
      [cohortEntity, { ...all[1]![1], places: 2.5 }],
      [participantEntity, { ...all[2]![1], email: 'not an email' }],
      [participantEntity, { ...all[2]![1], ethnicity: 'british' }],
      [enrolmentEntity, { ...all[3]![1], satisfaction: 6 }],
      [enrolmentEntity, { ...all[3]![1], status: 'deferred' }],
      [evaluationGoalEntity, { ...all[4]![1], followUps: [{ dueMonths: 9, dueOn: '2016-12-31' }] }],
      [
        evaluationGoalEntity,
        { ...all[4]![1], followUps: [{ dueMonths: 3, dueOn: '2016-06-30', attainment: 'done' }] },
      ],
      [coachEntity, { ...all[5]![1], kind: 'sponsor' }],
      [coachEntity, { ...all[5]![1], capacity: -1 }],
      [successionPlanEntity, { postId: 'sp', successors: [{ personRef: 'x', readiness: 'soon' }] }],
      [nineBoxEntity, { ...all[11]![1], potential: 4 }],
      [talentPoolEntity, { name: 'x', scope: 'regional' }],
    ];
    for (const [e, record] of bad)
      expect(e.schema.safeParse(record).success, `${e.name} ${JSON.stringify(record)}`).toBe(false);
  });

  it('property: nine-box ratings are exactly 1..3 and satisfaction exactly 1..5', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10 }), fc.integer({ min: -5, max: 10 }), (a, b) => {
        expect(
          nineBoxEntity.schema.safeParse({ ...all[11]![1], performance: a, potential: b }).success,
        ).toBe(a >= 1 && a <= 3 && b >= 1 && b <= 3);
        expect(enrolmentEntity.schema.safeParse({ ...all[3]![1], satisfaction: a }).success).toBe(
          a >= 1 && a <= 5,
        );
      }),
    );
  });
});
