import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  boardSharedMembership,
  coterminosity,
  crossAlignment,
  savingsProgress,
  strategyCompliance,
  strategyCoverage,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../context.js';
import { router } from './router.js';
import { readAll, today } from './read-helpers.js';
import { cacheKey } from './entity-routes.js';
import { Loose, errorResponses } from './schemas.js';

/** Computed views over the instance's data: public, aggregate, no personal fields. */
export function insightRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  const view = (
    path: string,
    summary: string,
    description: string,
    schemaId: string,
    query: z.ZodObject,
    compute: (store: Store, q: Record<string, unknown>) => Promise<unknown>,
  ) =>
    app.openapi(
      createRoute({
        method: 'get',
        path,
        tags: ['insights'],
        summary,
        description,
        request: { query },
        responses: {
          200: {
            description: summary,
            content: { 'application/json': { schema: Loose(schemaId, description) } },
          },
          400: errorResponses[400],
        },
      }),
      async (c) =>
        c.var.cache.respond(
          c,
          cacheKey(c.req.url),
          () => compute(c.var.store, c.req.valid('query') as Record<string, unknown>),
          true,
        ) as never,
    );

  const none = z.object({});

  view(
    '/strategy-coverage',
    'Coverage of the national priorities',
    'For each national strategy, which priorities organisation strategies and local delivery plans address, and the gaps no one addresses (rec 1, rec 2, rec 7.iii).',
    'StrategyCoverage',
    none,
    async (s) =>
      strategyCoverage({
        strategies: (await readAll(s, 'national-strategy')) as never,
        priorities: (await readAll(s, 'priority')) as never,
        links: (await readAll(s, 'alignment-link')) as never,
      }),
  );

  view(
    '/strategy-compliance',
    'Organisations with a current strategy',
    'Share of organisations with a current improvement and leadership strategy (rec 2), overall, by network and by region.',
    'StrategyCompliance',
    z.object({ asOf: z.iso.date().optional() }),
    async (s, q) =>
      strategyCompliance({
        organisations: (await readAll(s, 'organisation')) as never,
        organisationStrategies: (await readAll(s, 'organisation-strategy')) as never,
        memberships: (await readAll(s, 'membership')) as never,
        networks: (await readAll(s, 'network')) as never,
        geographies: (await readAll(s, 'geography')) as never,
        asOf: (q['asOf'] as string | undefined) ?? today(),
      }),
  );

  view(
    '/cross-alignment',
    'Alignment of the two national strategies',
    'Which improvement priorities are aligned with which leadership priorities, and which have no counterpart (rec 1). Name the strategies when there is more than one of a kind.',
    'CrossAlignment',
    z.object({
      improvementStrategyId: z.string().max(64).optional(),
      leadershipStrategyId: z.string().max(64).optional(),
    }),
    async (s, q) =>
      crossAlignment({
        strategies: (await readAll(s, 'national-strategy')) as never,
        priorities: (await readAll(s, 'priority')) as never,
        links: (await readAll(s, 'alignment-link', { sourceKind: 'priority' })) as never,
        ...(q['improvementStrategyId']
          ? { improvementStrategyId: q['improvementStrategyId'] as string }
          : {}),
        ...(q['leadershipStrategyId']
          ? { leadershipStrategyId: q['leadershipStrategyId'] as string }
          : {}),
      }),
  );

  view(
    '/coterminosity',
    'Coterminosity of clinical network and AHSN boundaries',
    'How far the clinical network geographies and the AHSN footprints coincide, through their member organisations (rec 11, annex G 59.b).',
    'Coterminosity',
    z.object({ asOf: z.iso.date().optional() }),
    async (s, q) =>
      coterminosity({
        organisations: (await readAll(s, 'organisation')) as never,
        memberships: (await readAll(s, 'membership')) as never,
        networks: (await readAll(s, 'network')) as never,
        asOf: (q['asOf'] as string | undefined) ?? today(),
      }),
  );

  view(
    '/board-shared-membership',
    'Shared membership of the two Governing Boards',
    'Who sits on both national Governing Boards (by opaque person reference, no names), and whether the shared membership is sufficient (rec 3).',
    'BoardSharedMembership',
    z.object({
      asOf: z.iso.date().optional(),
      minimumShared: z.coerce.number().int().min(0).max(100).optional(),
    }),
    async (s, q) =>
      boardSharedMembership({
        boards: (await readAll(s, 'governing-board')) as never,
        members: (await readAll(s, 'board-member')) as never,
        asOf: (q['asOf'] as string | undefined) ?? today(),
        ...(q['minimumShared'] !== undefined
          ? { minimumShared: q['minimumShared'] as number }
          : {}),
      }),
  );

  view(
    '/savings-progress',
    'Progress against the savings targets',
    'Savings against each target from the allocations (para 121: at least 15% across the improvement architecture, GBP 2m from the Academy; annex H).',
    'SavingsProgress',
    none,
    async (s) => ({
      targets: savingsProgress({
        allocations: (await readAll(s, 'finance-allocation')) as never,
        targets: (await readAll(s, 'savings-target')) as never,
      }),
    }),
  );

  return app;
}
