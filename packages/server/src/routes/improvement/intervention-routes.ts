import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { flagRepeatedInterventions, interventionEntity } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll, today } from '../shared/read-helpers.js';
import { RepeatedInterventionsSchema } from './improvement-schemas.js';
import { queryInt } from '../shared/query-int.js';

/** Organisations under repeated or concurrent intervention (para 98). */
export function interventionRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/repeated-interventions',
    operationId: 'getRepeatedInterventions',
    tag: 'improvement',
    summary: 'Organisations receiving repeated or concurrent intervention',
    description:
      'Interventions are meant to be targeted and limited (para 98): organisations with several in the window, or by several bodies at once.',
    response: RepeatedInterventionsSchema,
    query: z.object({
      asOf: z.iso.date().optional(),
      windowMonths: queryInt(1, 240).optional(),
      threshold: queryInt(2, 50).optional(),
    }),
    compute: async (s, q) =>
      flagRepeatedInterventions({
        interventions: await readAll(s, interventionEntity),
        asOf: q.asOf ?? today(),
        ...(q.windowMonths ? { windowMonths: q.windowMonths } : {}),
        ...(q.threshold ? { threshold: q.threshold } : {}),
      }),
  });
}
