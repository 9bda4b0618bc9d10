import { naturalId } from '@tessera/core';
import type { Api } from './api.js';

/**
 * What each region writes through its own instance's HTTP API, as its staff would: an AHSN its
 * members' subscriptions, quarterly assurance returns (three of them submitted) and the baseline of
 * improvement capability; an LDP a cohort of Mary Seacole, its participants (names, emails and
 * protected characteristics: personal data that must stay in the region) and their enrolments.
 */
export type Written = Record<string, number>;

interface Network {
  id: string;
  key: string;
  name: string;
}

async function ownNetwork(
  local: Api,
  instance: string,
): Promise<{ network: Network; organisationIds: string[] }> {
  const [network] = await local.all<Network>('networks', { key: instance });
  if (!network) throw new Error(`no network with key ${instance} in the seeded directory`);
  const memberships = await local.all<{ organisationId: string }>('memberships', {
    networkId: network.id,
  });
  const organisationIds = [...new Set(memberships.map((m) => m.organisationId))].sort();
  if (organisationIds.length < 3)
    throw new Error(`${instance} has fewer than 3 member organisations`);
  return { network, organisationIds };
}

const AHSN_DELIVERABLES = [
  'Patient safety collaborative: sepsis screening in every acute trust',
  'Adoption of three NICE-approved innovations',
  'Quality improvement training for 250 front-line staff',
  'Industry partnerships: SMEs supported to NHS adoption',
];

export async function writeAhsnData(local: Api, instance: string): Promise<Written> {
  const { network, organisationIds } = await ownNetwork(local, instance);
  const written: Written = { membership: 0, 'assurance-return': 0, 'capability-assessment': 0 };
  for (const organisationId of organisationIds.slice(0, 2)) {
    await local.post('/memberships', {
      organisationId,
      networkId: network.id,
      tier: 'core',
      subscriptionGbp: 25_000,
      since: '2015-04-01',
    });
    written['membership']!++;
  }
  const quarters = ['2015-Q1', '2015-Q2', '2015-Q3', '2015-Q4'];
  for (const [i, period] of quarters.entries()) {
    const rags = (['green', 'amber', 'green', i === 3 ? 'red' : 'green'] as const).slice(
      0,
      3 + (i % 2),
    );
    const created = await local.post<{ id: string }>('/assurance-returns', {
      networkId: network.id,
      period,
      overallRag: rags.includes('red') ? 'red' : rags.includes('amber') ? 'amber' : 'green',
      deliverables: rags.map((rag, k) => ({
        title: AHSN_DELIVERABLES[k]!,
        rag,
        ...(rag !== 'green'
          ? { commentary: 'Slippage of one month; recovery plan agreed with partners.' }
          : {}),
      })),
      metrics: [
        {
          name: 'organisations engaged',
          value: 6 + i,
          target: 8,
          unit: 'organisations',
          rag: 6 + i >= 8 ? 'green' : 'amber',
        },
        {
          name: 'staff trained in quality improvement',
          value: 50 + 20 * i,
          target: 60,
          unit: 'staff',
          rag: 50 + 20 * i >= 60 ? 'green' : 'amber',
        },
      ],
    });
    written['assurance-return']!++;
    if (i < 3) await local.post(`/assurance-returns/${created.id}/submit`);
  }
  for (const [k, organisationId] of organisationIds.slice(0, 3).entries()) {
    for (const [staffGroup, headcount] of [
      ['front_line_staff', 3200 + 400 * k],
      ['clinicians', 900 + 100 * k],
    ] as const) {
      await local.post('/capability-assessments', {
        organisationId,
        staffGroup,
        level: 'practitioner',
        assessedOn: '2015-06-30',
        headcount,
        trained: Math.round(headcount * (0.04 + 0.02 * k)),
        targetTrained: Math.round(headcount * 0.2),
      });
      written['capability-assessment']!++;
    }
  }
  return written;
}

/** Participants of the London cohort: invented people, with the protected characteristics they chose to state. */
export const LONDON_PARTICIPANTS = [
  {
    name: 'Adaeze Okonkwo',
    sex: 'female',
    ageBand: '35_44',
    ethnicity: 'black_african',
    religion: 'christian',
    profession: 'nursing',
    band: '7',
  },
  {
    name: 'Priya Raman',
    sex: 'female',
    ageBand: '25_34',
    ethnicity: 'asian_indian',
    religion: 'hindu',
    profession: 'pharmacy',
    band: '8a',
  },
  {
    name: 'Siobhan Gallagher',
    sex: 'female',
    ageBand: '45_54',
    ethnicity: 'white_irish',
    religion: 'christian',
    profession: 'midwifery',
    band: '7',
  },
  {
    name: 'Tomasz Wieczorek',
    sex: 'male',
    ageBand: '35_44',
    ethnicity: 'white_other',
    religion: 'not_stated',
    profession: 'allied_health',
    band: '7',
  },
  {
    name: 'Grace Mensah-Bonsu',
    sex: 'female',
    ageBand: '25_34',
    ethnicity: 'black_african',
    religion: 'christian',
    profession: 'nursing',
    band: '6',
  },
  {
    name: 'Oliver Pennington',
    sex: 'male',
    ageBand: '45_54',
    ethnicity: 'white_british',
    religion: 'no_religion',
    profession: 'management',
    band: '8b',
  },
  {
    name: 'Farzana Chowdhury',
    sex: 'female',
    ageBand: '35_44',
    ethnicity: 'asian_bangladeshi',
    religion: 'muslim',
    profession: 'admin_clerical',
    band: '6',
  },
  {
    name: 'Daniel Whitfield',
    sex: 'male',
    ageBand: '55_64',
    ethnicity: 'mixed_white_and_black_caribbean',
    religion: 'christian',
    profession: 'healthcare_science',
    band: '8a',
  },
] as const;

export async function writeLdpData(local: Api, instance: string): Promise<Written> {
  const { network, organisationIds } = await ownNetwork(local, instance);
  const written: Written = { membership: 0, cohort: 0, participant: 0, enrolment: 0 };
  for (const organisationId of organisationIds.slice(0, 2)) {
    await local.post('/memberships', {
      organisationId,
      networkId: network.id,
      tier: 'core',
      since: '2015-04-01',
    });
    written['membership']!++;
  }
  const programmes = await local.all<{ id: string; name: string }>('programmes');
  const programmeId =
    programmes.find((p) => p.name.startsWith('Mary Seacole'))?.id ??
    naturalId('programme', 'mary-seacole');
  const cohort = await local.post<{ id: string }>('/cohorts', {
    programmeId,
    ldpId: network.id,
    startDate: '2015-09-07',
    endDate: '2016-03-04',
    places: 24,
    deliveryPartner: 'KPMG and the University of Birmingham',
  });
  written['cohort']!++;
  for (const [i, p] of LONDON_PARTICIPANTS.entries()) {
    const email = `${p.name
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .replace(' ', '.')}@nhs.net`;
    const participant = await local.post<{ id: string }>('/participants', {
      name: p.name,
      email,
      organisationId: organisationIds[i % organisationIds.length],
      profession: p.profession,
      band: p.band,
      sex: p.sex,
      ageBand: p.ageBand,
      ethnicity: p.ethnicity,
      disability: i === 3 ? 'yes' : 'no',
      sexualOrientation: i === 5 ? 'not_stated' : 'heterosexual',
      religion: p.religion,
    });
    written['participant']!++;
    const completed = i < 6;
    await local.post('/enrolments', {
      cohortId: cohort.id,
      participantId: participant.id,
      status: completed ? 'completed' : 'withdrawn',
      enrolledOn: '2015-07-20',
      ...(completed ? { completedOn: '2016-03-04', satisfaction: 4 + (i % 2) } : {}),
    });
    written['enrolment']!++;
  }
  return written;
}
