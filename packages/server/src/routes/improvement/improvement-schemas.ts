import { z } from 'zod';
import {
  expertEntity,
  improvementProjectEntity,
  improvementResourceEntity,
  measureEntity,
} from '@tessera/core';
import { recordSchema } from '../shared/schemas.js';
import { SpcAnswer } from './spc-answer.js';

export const RunChartSchema = z
  .object({
    median: z.number().nullable(),
    points: z.array(
      z.object({
        date: z.string(),
        value: z.number().nullable(),
        side: z.enum(['above', 'below', 'on']).nullable(),
        shift: z.boolean(),
        trend: z.boolean(),
        astronomical: z.boolean(),
      }),
    ),
    usefulObservations: z.number(),
    runs: z.number(),
    runsLimits: z
      .object({ usefulObservations: z.number(), lower: z.number(), upper: z.number() })
      .nullable(),
    tooFewRuns: z.boolean(),
    tooManyRuns: z.boolean(),
    signal: z.boolean(),
  })
  .meta({ id: 'RunChart', description: 'Median, shifts, trends and runs of a run chart' });

const FunnelUnitResult = z.object({
  unit: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  lower95: z.number(),
  upper95: z.number(),
  lower998: z.number(),
  upper998: z.number(),
  proportion: z.number(),
  flag: z.enum(['inside', 'outside95', 'outside998']),
  side: z.enum(['above', 'below']).nullable(),
});

export const FunnelSchema = z
  .object({ pooledProportion: z.number(), units: z.array(FunnelUnitResult) })
  .meta({ id: 'Funnel', description: 'Pooled proportion, per-unit limits and flags' });

export const ProjectSpcSchema = z
  .object({
    project: recordSchema(improvementProjectEntity),
    measures: z.array(
      z.object({
        measure: recordSchema(measureEntity),
        values: z.number().meta({ description: 'How many values the measure has' }),
        analysis: SpcAnswer.nullable(),
        error: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ProjectSpc', description: 'A project’s measures with their analyses' });

const CapabilityTally = z.object({
  assessed: z.number(),
  headcount: z.number(),
  trained: z.number(),
  targetTrained: z.number(),
  withTarget: z.number(),
  share: z.number().nullable(),
  gap: z.number(),
});
const CapabilityUnit = z.object({
  organisations: z.number(),
  assessed: z.number(),
  coverage: z.number().nullable(),
  cells: z.array(CapabilityTally.extend({ staffGroup: z.string(), level: z.string() })),
  byLevel: z.array(CapabilityTally.extend({ level: z.string() })),
});

export const CapabilityBaselineSchema = z
  .object({
    asOf: z.string().nullable(),
    england: CapabilityUnit,
    regions: z.array(
      CapabilityUnit.extend({ regionId: z.string().nullable(), key: z.string(), name: z.string() }),
    ),
    ahsns: z.array(
      CapabilityUnit.extend({ ahsnId: z.string().nullable(), key: z.string(), name: z.string() }),
    ),
    organisations: z.array(
      CapabilityUnit.extend({
        organisationId: z.string(),
        name: z.string(),
        ahsnId: z.string().nullable(),
        regionId: z.string().nullable(),
        assessmentIds: z.array(z.string()),
      }),
    ),
    unmatchedAssessmentIds: z.array(z.string()),
  })
  .meta({ id: 'CapabilityBaseline', description: 'Capability rolled up to England' });

export const CapabilityFunnelSchema = z
  .object({
    staffGroup: z.string(),
    level: z.string(),
    by: z.enum(['organisation', 'ahsn', 'region']),
    pooledProportion: z.number().nullable(),
    units: z.array(FunnelUnitResult.extend({ name: z.string() })),
    excluded: z.array(
      z.object({
        unit: z.string().nullable(),
        name: z.string(),
        reason: z.enum(['not_assessed', 'no_staff', 'unassigned']),
      }),
    ),
  })
  .meta({ id: 'CapabilityFunnel', description: 'Share trained per unit against funnel limits' });

export const RepeatedInterventionsSchema = z
  .object({
    asOf: z.string(),
    windowStart: z.string(),
    windowMonths: z.number(),
    threshold: z.number(),
    repeated: z.array(
      z.object({
        organisationId: z.string(),
        count: z.number(),
        interventionIds: z.array(z.string()),
        bodies: z.array(z.string()),
        kinds: z.array(z.string()),
        firstStart: z.string(),
        lastStart: z.string(),
        ongoing: z.number(),
      }),
    ),
    concurrent: z.array(
      z.object({
        organisationId: z.string(),
        interventionIds: z.tuple([z.string(), z.string()]),
        bodies: z.tuple([z.string(), z.string()]),
        from: z.string(),
        to: z.string().nullable(),
      }),
    ),
    flaggedOrganisationIds: z.array(z.string()),
  })
  .meta({ id: 'RepeatedInterventions', description: 'Repeated and concurrent interventions' });

const SlaState = z.enum(['met', 'breached', 'at_risk', 'open']);
const SlaTally = z.object({
  met: z.number(),
  breached: z.number(),
  atRisk: z.number(),
  open: z.number(),
});
const NetworkSla = z.object({
  enquiries: z.number(),
  firstResponse: SlaTally,
  answer: SlaTally.extend({ closedUnanswered: z.number() }),
  medianFirstResponseDays: z.number().nullable(),
  medianAnswerDays: z.number().nullable(),
});

export const EnquirySlaSchema = z
  .object({
    asOf: z.string(),
    firstResponseDays: z.number(),
    answerDays: z.number(),
    overall: NetworkSla,
    byNetwork: z.array(NetworkSla.extend({ networkId: z.string().nullable() })),
    enquiries: z.array(
      z.object({
        id: z.string(),
        networkId: z.string().nullable(),
        firstResponse: SlaState,
        firstResponseDays: z.number().nullable(),
        firstResponseDue: z.string(),
        answer: z.union([SlaState, z.literal('closed_unanswered')]),
        answerDays: z.number().nullable(),
        answerDue: z.string(),
      }),
    ),
  })
  .meta({ id: 'EnquirySla', description: 'Enquiries against their service level' });

export const ResourceSearchSchema = z
  .object({
    hits: z.array(
      z.object({
        resource: recordSchema(improvementResourceEntity),
        score: z.number(),
        matchedTerms: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'ResourceSearch', description: 'Resources ranked by relevance' });

export const ExpertSearchSchema = z
  .object({
    hits: z.array(z.object({ expert: recordSchema(expertEntity), matched: z.array(z.string()) })),
  })
  .meta({ id: 'ExpertSearch', description: 'Experts ranked by matching expertise' });
