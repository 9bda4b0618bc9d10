import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { crossAlignment, strategyCompliance, strategyCoverage } from '@tessera/core';
import {
  alignmentLinkEntity,
  geographyEntity,
  membershipEntity,
  nationalStrategyEntity,
  networkEntity,
  organisationEntity,
  organisationStrategyEntity,
  priorityEntity,
} from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import {
  StrategyCoverageSchema,
  StrategyComplianceSchema,
  CrossAlignmentSchema,
} from './insight-schemas.js';
import { readAll, today } from '../shared/read-helpers.js';

/** The national strategies: coverage of their priorities, compliance, and their alignment. */
export function strategyRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/strategy-coverage',
    operationId: 'getStrategyCoverage',
    tag: 'insights',
    publicCache: true,
    summary: 'Coverage of the national priorities',
    description:
      'For each national strategy, which priorities organisation strategies and local delivery plans address, and the gaps no one addresses (rec 1, rec 2, rec 7.iii).',
    response: StrategyCoverageSchema,
    query: z.object({}),
    compute: async (s) =>
      strategyCoverage({
        strategies: await readAll(s, nationalStrategyEntity),
        priorities: await readAll(s, priorityEntity),
        links: await readAll(s, alignmentLinkEntity),
      }),
  });

  computedView(app, {
    path: '/strategy-compliance',
    operationId: 'getStrategyCompliance',
    tag: 'insights',
    publicCache: true,
    summary: 'Organisations with a current strategy',
    description:
      'Share of organisations with a current improvement and leadership strategy (rec 2), overall, by network and by region.',
    response: StrategyComplianceSchema,
    query: z.object({ asOf: z.iso.date().optional() }),
    compute: async (s, q) =>
      strategyCompliance({
        organisations: await readAll(s, organisationEntity),
        organisationStrategies: await readAll(s, organisationStrategyEntity),
        memberships: await readAll(s, membershipEntity),
        networks: await readAll(s, networkEntity),
        geographies: await readAll(s, geographyEntity),
        asOf: q.asOf ?? today(),
      }),
  });

  computedView(app, {
    path: '/cross-alignment',
    operationId: 'getCrossAlignment',
    tag: 'insights',
    publicCache: true,
    summary: 'Alignment of the two national strategies',
    description:
      'Which improvement priorities are aligned with which leadership priorities, and which have no counterpart (rec 1). Name the strategies when there is more than one of a kind.',
    response: CrossAlignmentSchema,
    query: z.object({
      improvementStrategyId: z.string().max(64).optional(),
      leadershipStrategyId: z.string().max(64).optional(),
    }),
    compute: async (s, q) =>
      crossAlignment({
        strategies: await readAll(s, nationalStrategyEntity),
        priorities: await readAll(s, priorityEntity),
        links: await readAll(s, alignmentLinkEntity, { sourceKind: 'priority' }),
        ...(q.improvementStrategyId ? { improvementStrategyId: q.improvementStrategyId } : {}),
        ...(q.leadershipStrategyId ? { leadershipStrategyId: q.leadershipStrategyId } : {}),
      }),
  });
}
