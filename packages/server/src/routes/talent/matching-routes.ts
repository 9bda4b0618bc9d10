import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { coachEntity, greedyMatch, matchMentees, menteeEntity } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll } from '../shared/read-helpers.js';
import { MentoringMatchesSchema } from './talent-schemas.js';

/** Coaching and mentoring matches (annex F 31). */
export function matchingRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/mentoring/matches',
    operationId: 'getMentoringMatches',
    tag: 'talent',
    access: 'viewer',
    summary: 'Coaching and mentoring matches',
    description:
      'Matches every mentee to a coach or mentor: never from the same organisation, never beyond capacity, diversity preferences honoured, skills overlap maximised; each match explained (annex F 31). `algorithm=greedy` gives the baseline.',
    response: MentoringMatchesSchema,
    query: z.object({ algorithm: z.enum(['optimal', 'greedy']).default('optimal') }),
    compute: async (s, q) => {
      const coaches = await readAll(s, coachEntity);
      const mentees = await readAll(s, menteeEntity);
      return q.algorithm === 'greedy'
        ? greedyMatch(mentees, coaches)
        : matchMentees(mentees, coaches);
    },
  });
}
