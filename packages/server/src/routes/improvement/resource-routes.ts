import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { improvementResourceEntity, searchResources } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll } from '../shared/read-helpers.js';
import { ResourceSearchSchema } from './improvement-schemas.js';

/** The one-stop shop's search (rec 8). */
export function resourceRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/resources/search',
    operationId: 'searchResources',
    tag: 'improvement',
    summary: 'Search the one-stop shop',
    description:
      'Toolkits, case studies, e-learning and guidance, ranked by title, summary and tags (rec 8).',
    response: ResourceSearchSchema,
    query: z.object({
      q: z.string().max(200).optional(),
      tags: z
        .string()
        .max(400)
        .optional()
        .meta({ description: 'Comma-separated tags, all required' }),
      kind: z.enum(['toolkit', 'case_study', 'e_learning', 'guidance']).optional(),
    }),
    compute: async (s, q) => ({
      hits: searchResources(await readAll(s, improvementResourceEntity), {
        ...(q.q ? { q: q.q } : {}),
        ...(q.tags
          ? {
              tags: q.tags
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            }
          : {}),
        ...(q.kind ? { kind: q.kind } : {}),
      }),
    }),
  });
}
