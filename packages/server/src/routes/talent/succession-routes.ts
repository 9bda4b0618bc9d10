import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { assessSuccessionRisk, seniorPostEntity, successionPlanEntity } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll, today } from '../shared/read-helpers.js';
import { SuccessionRiskSchema } from './talent-schemas.js';

/** Succession risk of the most senior posts (rec 13.ii). */
export function successionRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/succession-risk',
    operationId: 'getSuccessionRisk',
    tag: 'talent',
    access: 'viewer',
    summary: 'Succession risk of the most senior posts',
    description:
      'Per senior post: no ready-now successor, vacancy within 12 months (or incumbent likely to leave), a successor counted on for several posts; and the national risk list by severity (rec 13.ii).',
    response: SuccessionRiskSchema,
    query: z.object({ asOf: z.iso.date().optional() }),
    compute: async (s, q) => {
      const posts = (await readAll(s, seniorPostEntity)).map((p) => ({
        id: p.id,
        title: p.title,
        organisationId: p.organisationId,
        expectedVacancyDate: p.expectedVacancyDate,
        incumbentLikelyToLeave: p.incumbentLikelyToLeave,
      }));
      return assessSuccessionRisk(posts, await readAll(s, successionPlanEntity), q.asOf ?? today());
    },
  });
}
