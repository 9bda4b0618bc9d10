import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppEnv } from '../../context.js';
import { requireRole } from '../../auth/auth.js';
import { expertEntity } from '@tessera/core';
import { asRecords } from '../shared/read-helpers.js';
import { errorResponses } from '../shared/schemas.js';
import { ExpertSearchSchema } from './improvement-schemas.js';

const route = createRoute({
  method: 'get',
  path: '/experts/search',
  operationId: 'searchExperts',
  tags: ['improvement'],
  summary: 'Find people by expertise (the opt-in directory)',
  security: [{ bearer: [] }],
  description:
    'Connects people across systems by expertise (rec 8). Only people who opted in are listed; contact details are personal and need a viewer token.',
  request: {
    query: z.object({
      expertise: z.string().min(1).max(200).meta({
        description: 'Comma-separated; an expert matches if they have any, ranked by how many',
      }),
    }),
  },
  responses: {
    200: {
      description: 'Matching experts',
      content: { 'application/json': { schema: ExpertSearchSchema } },
    },
    400: errorResponses[400],
    401: errorResponses[401],
  },
});

/** The opt-in expert directory, searched by expertise (rec 8). */
export function expertRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    requireRole(c, 'viewer');
    const wanted = c.req
      .valid('query')
      .expertise.split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean);
    const experts = asRecords(expertEntity, await c.var.store.repo('expert').all());
    const hits = experts
      .map((e) => ({
        expert: e,
        matched: (e.expertise ?? []).filter((x) => wanted.includes(x.toLowerCase())),
      }))
      .filter((h) => h.matched.length > 0)
      .sort(
        (a, b) => b.matched.length - a.matched.length || a.expert.name.localeCompare(b.expert.name),
      );
    return c.json({ hits }, 200);
  });
}
