import { z } from 'zod';

const PostRisk = z.object({
  postId: z.string(),
  title: z.string(),
  organisationId: z.string(),
  flags: z.array(z.string()),
  level: z.enum(['high', 'medium', 'low', 'none']),
  successors: z.number(),
  readyNow: z.number(),
  overcommitted: z.array(z.object({ personRef: z.string(), posts: z.number() })),
  daysToVacancy: z.number().optional(),
  reasons: z.array(z.string()),
});

export const SuccessionRiskSchema = z
  .object({
    asOf: z.string(),
    posts: z.array(PostRisk),
    nationalRiskList: z.array(PostRisk),
    unknownPostIds: z.array(z.string()),
  })
  .meta({ id: 'SuccessionRisk', description: 'Succession risk per senior post' });

export const DueFollowUpsSchema = z
  .object({
    due: z.array(
      z.object({
        goalId: z.string(),
        enrolmentId: z.string(),
        dueMonths: z.number(),
        dueOn: z.string(),
        status: z.enum(['due', 'overdue']),
        daysOverdue: z.number(),
      }),
    ),
  })
  .meta({ id: 'DueFollowUps', description: 'Evaluation follow-ups due or overdue' });

export const MentoringMatchesSchema = z
  .object({
    matches: z.array(
      z.object({
        menteeId: z.string(),
        coachId: z.string(),
        score: z.number(),
        reasons: z.array(z.string()),
      }),
    ),
    unmatched: z.array(z.object({ menteeId: z.string(), reasons: z.array(z.string()) })),
    totalScore: z.number(),
  })
  .meta({ id: 'MentoringMatches', description: 'Each mentee’s coach, with the reasons' });

const OutcomeCost = z.object({
  cohorts: z.number(),
  places: z.number(),
  enrolments: z.number(),
  completions: z.number(),
  withdrawals: z.number(),
  goals: z.number(),
  goalsAttained: z.number(),
  cost: z.number(),
  completionRate: z.number().nullable(),
  costPerCompletion: z.number().nullable(),
  costPerGoalAttained: z.number().nullable(),
});

export const ValueForMoneySchema = z
  .object({
    byProgramme: z.array(OutcomeCost.extend({ programmeId: z.string() })),
    byLdp: z.array(OutcomeCost.extend({ ldpId: z.string() })),
    byProgrammeAndLdp: z.array(OutcomeCost.extend({ programmeId: z.string(), ldpId: z.string() })),
    total: OutcomeCost,
    unresolved: z.object({
      cohorts: z.array(z.string()),
      enrolments: z.array(z.string()),
      goals: z.array(z.string()),
    }),
    budget: z
      .object({
        year: z.string(),
        programmeGbpThousands: z.number(),
        source: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ValueForMoney', description: 'Cost per completion and per goal attained' });

/** A published count: its value, or suppressed (small, or recoverable from the totals). */
export const PublishedCountSchema = z
  .union([z.object({ value: z.number() }), z.object({ suppressed: z.literal(true) })])
  .meta({ id: 'PublishedCount' });

export const DiversitySchema = z
  .object({
    table: z.object({
      characteristic: z.string(),
      groups: z.array(z.string()),
      categories: z.array(z.string()),
      cells: z.array(z.array(PublishedCountSchema)),
      rowTotals: z.array(PublishedCountSchema),
      columnTotals: z.array(PublishedCountSchema),
      grandTotal: PublishedCountSchema,
      threshold: z.number(),
    }),
    representation: z.array(
      z.object({
        group: z.string().nullable(),
        geography: z.string().optional(),
        category: z.string(),
        count: z.number().nullable(),
        share: z.number().nullable(),
        benchmarkShare: z.number().nullable(),
        ratio: z.number().nullable(),
        status: z.enum([
          'ok',
          'suppressed',
          'denominator_suppressed',
          'empty_group',
          'no_benchmark',
          'zero_benchmark',
        ]),
      }),
    ),
  })
  .meta({ id: 'Diversity', description: 'A suppressed diversity table with representation' });

export const BenchmarkImportSchema = z
  .object({ imported: z.number().int() })
  .meta({ id: 'BenchmarkImport', description: 'How many benchmarks were imported' });
