import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { capabilityRollup } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { readAll, today } from '../shared/read-helpers.js';
import { cacheKey } from '../shared/cache-key.js';
import { Loose, errorResponses } from '../shared/schemas.js';

/**
 * `GET /leadership-baseline`: the baseline of leadership development beside the one of
 * improvement capability (para 68.i: "improvement capability and leadership development"), from
 * capability assessments whose `dimension` is `leadership`. Public: aggregate counts only.
 */
export function leadershipBaselineRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/leadership-baseline',
      tags: ['improvement'],
      summary: 'The leadership-development baseline, rolled up',
      description:
        'Para 68.i: a baseline of "improvement capability and leadership development". Latest leadership assessment (`dimension=leadership`) per organisation, staff group and level, rolled up organisation -> AHSN -> region -> England, with coverage and gaps to target, exactly as `/capability-baseline` does for improvement capability.',
      request: { query: z.object({ asOf: z.iso.date().optional() }) },
      responses: {
        200: {
          description: 'The baseline',
          content: {
            'application/json': { schema: Loose('LeadershipBaseline', 'the rolled-up baseline') },
          },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const asOf = c.req.valid('query').asOf ?? today();
      const s = c.var.store;
      return c.var.cache.respond(c, `public:${cacheKey(c.req.url)}`, async () =>
        capabilityRollup({
          assessments: (await readAll(s, 'capability-assessment', {
            dimension: 'leadership',
          })) as never,
          organisations: (await readAll(s, 'organisation')) as never,
          memberships: (await readAll(s, 'membership')) as never,
          networks: (await readAll(s, 'network')) as never,
          geographies: (await readAll(s, 'geography')) as never,
          dimension: 'leadership',
          asOf,
        }),
      ) as never;
    },
  );
  return app;
}
