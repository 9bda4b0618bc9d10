import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  capabilityAssessmentEntity,
  capabilityRollup,
  geographyEntity,
  membershipEntity,
  networkEntity,
  organisationEntity,
} from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { computedView } from '../shared/computed-view.js';
import { readAll, today } from '../shared/read-helpers.js';
import { CapabilityBaselineSchema } from '../improvement/improvement-schemas.js';

/**
 * `GET /leadership-baseline`: the baseline of leadership development beside the one of
 * improvement capability (para 68.i: "improvement capability and leadership development"), from
 * capability assessments whose `dimension` is `leadership`. Public: aggregate counts only.
 */
export function leadershipBaselineRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  computedView(app, {
    path: '/leadership-baseline',
    operationId: 'getLeadershipBaseline',
    tag: 'improvement',
    summary: 'The leadership-development baseline, rolled up',
    description:
      'Para 68.i: a baseline of "improvement capability and leadership development". Latest leadership assessment (`dimension=leadership`) per organisation, staff group and level, rolled up organisation -> AHSN -> region -> England, with coverage and gaps to target, exactly as `/capability-baseline` does for improvement capability.',
    response: CapabilityBaselineSchema,
    query: z.object({ asOf: z.iso.date().optional() }),
    compute: async (s, q) =>
      capabilityRollup({
        assessments: await readAll(s, capabilityAssessmentEntity, { dimension: 'leadership' }),
        organisations: await readAll(s, organisationEntity),
        memberships: await readAll(s, membershipEntity),
        networks: await readAll(s, networkEntity),
        geographies: await readAll(s, geographyEntity),
        dimension: 'leadership',
        asOf: q.asOf ?? today(),
      }),
  });
  return app;
}
