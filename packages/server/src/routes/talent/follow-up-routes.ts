import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { dueFollowUps, evaluationGoalEntity } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll, today } from '../shared/read-helpers.js';
import { DueFollowUpsSchema } from './talent-schemas.js';
import { queryInt } from '../shared/query-int.js';

/** Evaluation follow-ups due (annex F 29). */
export function followUpRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/follow-ups/due',
    operationId: 'listDueFollowUps',
    tag: 'talent',
    access: 'viewer',
    summary: 'Evaluation follow-ups due',
    description:
      'Goals set at enrolment ("what will I commit to changing?", annex F 29) whose 3, 6 or 12-month follow-up is due or overdue.',
    response: DueFollowUpsSchema,
    query: z.object({
      asOf: z.iso.date().optional(),
      windowDays: queryInt(0, 365).optional(),
    }),
    compute: async (s, q) => ({
      due: dueFollowUps(
        await readAll(s, evaluationGoalEntity),
        q.asOf ?? today(),
        q.windowDays ?? 14,
      ),
    }),
  });
}
