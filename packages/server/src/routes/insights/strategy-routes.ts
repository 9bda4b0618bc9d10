import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { crossAlignment, strategyCompliance, strategyCoverage } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll, today } from '../shared/read-helpers.js';

/** The national strategies: coverage of their priorities, compliance, and their alignment. */
export function strategyRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/strategy-coverage',
    tag: 'insights',
    publicCache: true,
    summary: 'Coverage of the national priorities',
    description:
      'For each national strategy, which priorities organisation strategies and local delivery plans address, and the gaps no one addresses (rec 1, rec 2, rec 7.iii).',
    id: 'StrategyCoverage',
    query: z.object({}),
    compute: async (s) =>
      strategyCoverage({
        strategies: (await readAll(s, 'national-strategy')) as never,
        priorities: (await readAll(s, 'priority')) as never,
        links: (await readAll(s, 'alignment-link')) as never,
      }),
  });

  computedView(app, {
    path: '/strategy-compliance',
    tag: 'insights',
    publicCache: true,
    summary: 'Organisations with a current strategy',
    description:
      'Share of organisations with a current improvement and leadership strategy (rec 2), overall, by network and by region.',
    id: 'StrategyCompliance',
    query: z.object({ asOf: z.iso.date().optional() }),
    compute: async (s, q) =>
      strategyCompliance({
        organisations: (await readAll(s, 'organisation')) as never,
        organisationStrategies: (await readAll(s, 'organisation-strategy')) as never,
        memberships: (await readAll(s, 'membership')) as never,
        networks: (await readAll(s, 'network')) as never,
        geographies: (await readAll(s, 'geography')) as never,
        asOf: q.asOf ?? today(),
      }),
  });

  computedView(app, {
    path: '/cross-alignment',
    tag: 'insights',
    publicCache: true,
    summary: 'Alignment of the two national strategies',
    description:
      'Which improvement priorities are aligned with which leadership priorities, and which have no counterpart (rec 1). Name the strategies when there is more than one of a kind.',
    id: 'CrossAlignment',
    query: z.object({
      improvementStrategyId: z.string().max(64).optional(),
      leadershipStrategyId: z.string().max(64).optional(),
    }),
    compute: async (s, q) =>
      crossAlignment({
        strategies: (await readAll(s, 'national-strategy')) as never,
        priorities: (await readAll(s, 'priority')) as never,
        links: (await readAll(s, 'alignment-link', { sourceKind: 'priority' })) as never,
        ...(q.improvementStrategyId ? { improvementStrategyId: q.improvementStrategyId } : {}),
        ...(q.leadershipStrategyId ? { leadershipStrategyId: q.leadershipStrategyId } : {}),
      }),
  });
}
