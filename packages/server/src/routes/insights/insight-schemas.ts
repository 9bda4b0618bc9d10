import { z } from 'zod';

const PriorityRef = z.object({ priorityId: z.string(), code: z.string(), title: z.string() });
const CoverageKind = z.enum(['organisation_strategy', 'local_delivery_plan']);

export const StrategyCoverageSchema = z
  .object({
    strategies: z.array(
      z.object({
        strategyId: z.string(),
        key: z.string(),
        kind: z.string(),
        title: z.string(),
        priorities: z.array(
          PriorityRef.extend({
            sourceCount: z.number(),
            sourceIds: z.array(z.string()),
            byKind: z.record(CoverageKind, z.number()),
          }),
        ),
        total: z.number(),
        covered: z.number(),
        gaps: z.array(PriorityRef),
        coverage: z.number(),
      }),
    ),
    sources: z.array(
      z.object({
        sourceKind: CoverageKind,
        sourceId: z.string(),
        priorityIds: z.array(z.string()),
        strategyIds: z.array(z.string()),
      }),
    ),
    overall: z.object({ total: z.number(), covered: z.number(), coverage: z.number() }),
    danglingLinks: z.number(),
  })
  .meta({ id: 'StrategyCoverage', description: 'Coverage of each national strategy’s priorities' });

const ComplianceTally = z.object({
  organisations: z.number(),
  compliant: z.number(),
  share: z.number(),
});
const StrategyKind = z.enum(['improvement', 'leadership']);

export const StrategyComplianceSchema = z
  .object({
    asOf: z.string(),
    kinds: z.array(StrategyKind),
    overall: ComplianceTally,
    byNetwork: z.record(
      z.string(),
      z.array(
        ComplianceTally.extend({
          networkId: z.string(),
          key: z.string(),
          name: z.string(),
          type: z.string(),
        }),
      ),
    ),
    byRegion: z.array(
      ComplianceTally.extend({
        regionId: z.string().nullable(),
        key: z.string(),
        name: z.string(),
      }),
    ),
    organisations: z.array(
      z.object({
        organisationId: z.string(),
        compliant: z.boolean(),
        covered: z.array(StrategyKind),
        missing: z.array(StrategyKind),
        currentStrategyIds: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'StrategyCompliance', description: 'Organisations with a current strategy' });

const AlignmentSide = z.object({
  strategyId: z.string(),
  key: z.string(),
  title: z.string(),
  priorities: z.array(PriorityRef.extend({ counterpartIds: z.array(z.string()) })),
  aligned: z.number(),
  unaligned: z.array(PriorityRef),
});

export const CrossAlignmentSchema = z
  .object({
    improvement: AlignmentSide,
    leadership: AlignmentSide,
    pairs: z.array(
      z.object({
        improvementPriorityId: z.string(),
        improvementCode: z.string(),
        leadershipPriorityId: z.string(),
        leadershipCode: z.string(),
        links: z.number(),
      }),
    ),
    matrix: z.array(z.array(z.boolean())),
    score: z.number(),
    ignoredLinks: z.number(),
  })
  .meta({ id: 'CrossAlignment', description: 'Alignment of the two national strategies' });

export const CoterminositySchema = z
  .object({
    geographies: z.array(
      z.object({
        geographyId: z.string(),
        networkIds: z.array(z.string()),
        organisations: z.number(),
        withoutAhsn: z.number(),
        ahsns: z.array(
          z.object({ ahsnId: z.string(), name: z.string(), organisations: z.number() }),
        ),
        dominantAhsnId: z.string().nullable(),
        dominantAhsnName: z.string().nullable(),
        share: z.number(),
        jaccard: z.number(),
        coterminous: z.boolean(),
      }),
    ),
    ahsns: z.array(
      z.object({
        ahsnId: z.string(),
        name: z.string(),
        organisations: z.number(),
        unplaced: z.number(),
        geographies: z.array(z.object({ geographyId: z.string(), organisations: z.number() })),
        dominantGeographyId: z.string().nullable(),
        share: z.number(),
        jaccard: z.number(),
        coterminous: z.boolean(),
      }),
    ),
    index: z.number(),
    nestedIndex: z.number(),
    unplacedOrganisations: z.number(),
  })
  .meta({ id: 'Coterminosity', description: 'Clinical network and AHSN boundaries compared' });

const BoardComposition = z.object({
  boardId: z.string(),
  key: z.string(),
  name: z.string(),
  kind: z.string(),
  members: z.number(),
  shared: z.number(),
  sharedShare: z.number(),
  bodies: z.array(z.string()),
  organisations: z.array(z.string()),
});

export const BoardSharedMembershipSchema = z
  .object({
    improvement: BoardComposition,
    leadership: BoardComposition,
    sharedMembers: z.array(
      z.object({ personRef: z.string(), improvementRole: z.string(), leadershipRole: z.string() }),
    ),
    shared: z.number(),
    bodiesOnBoth: z.array(z.string()),
    minimumShared: z.number(),
    sufficient: z.boolean(),
  })
  .meta({ id: 'BoardSharedMembership', description: 'Shared membership of the two boards' });

const YearPair = z.object({ baselineGbpThousands: z.number(), targetYearGbpThousands: z.number() });

export const SavingsProgressSchema = z
  .object({
    targets: z.array(
      YearPair.extend({
        targetId: z.string(),
        scope: z.string(),
        reference: z.string().nullable(),
        baselineYear: z.string(),
        targetYear: z.string(),
        bodyKeys: z.array(z.string()),
        savingGbpThousands: z.number(),
        savingPercent: z.number(),
        byCategory: z.record(z.string(), YearPair),
        bodies: z.array(
          YearPair.extend({
            bodyKey: z.string(),
            bodyName: z.string(),
            savingGbpThousands: z.number(),
          }),
        ),
        requiredPercent: z.number().nullable(),
        requiredGbpThousands: z.number().nullable(),
        metPercent: z.boolean().nullable(),
        metAmount: z.boolean().nullable(),
        met: z.boolean().nullable(),
        missing: z.array(z.object({ bodyKey: z.string(), year: z.string() })),
      }),
    ),
  })
  .meta({ id: 'SavingsProgress', description: 'Savings against each target' });
