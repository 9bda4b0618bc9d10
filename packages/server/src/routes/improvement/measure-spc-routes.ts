import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { analyseMeasure } from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { cacheKey } from '../shared/cache-key.js';
import { Loose, errorResponses } from '../shared/schemas.js';
import { SpcAnswer, spcAnswer } from './spc-answer.js';

const IdParam = z.object({
  id: z
    .string()
    .max(64)
    .meta({ param: { name: 'id', in: 'path' } }),
});

const measureSpc = createRoute({
  method: 'get',
  path: '/measures/{id}/spc',
  tags: ['improvement'],
  summary: 'A stored measure analysed with SPC',
  request: { params: IdParam },
  responses: {
    200: { description: 'The analysis', content: { 'application/json': { schema: SpcAnswer } } },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const projectSpc = createRoute({
  method: 'get',
  path: '/improvement-projects/{id}/spc',
  tags: ['improvement'],
  summary: "A project's measures, each analysed with SPC",
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Per measure',
      content: {
        'application/json': { schema: Loose('ProjectSpc', 'measures with their analyses') },
      },
    },
    404: errorResponses[404],
  },
});

/** A project and each of its measures with its analysis (or why it could not be analysed). */
async function projectAnalysis(store: Store, id: string) {
  const project = await store.repo('improvement-project').require(id);
  const measures = await store.repo('measure').all({ projectId: id });
  const out = [];
  for (const m of measures) {
    const values = await store.repo('measure-value').all({ measureId: m.id });
    let analysis: unknown = null;
    let error: string | null = null;
    try {
      analysis = values.length
        ? spcAnswer(analyseMeasure({ measure: m as never, values: values as never }))
        : null;
    } catch (e) {
      error = (e as Error).message;
    }
    out.push({ measure: m, values: values.length, analysis, error });
  }
  return { project, measures: out };
}

/** SPC of stored measures: one measure, or every measure of a project. */
export function measureSpcRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(measureSpc, async (c) => {
    const { id } = c.req.valid('param');
    return c.var.cache.respond(c, cacheKey(c.req.url), async () => {
      const measure = await c.var.store.repo('measure').require(id);
      const values = await c.var.store.repo('measure-value').all({ measureId: id });
      return spcAnswer(analyseMeasure({ measure: measure as never, values: values as never }));
    }) as never;
  });
  app.openapi(projectSpc, async (c) => {
    const { id } = c.req.valid('param');
    return c.var.cache.respond(c, cacheKey(c.req.url), () =>
      projectAnalysis(c.var.store, id),
    ) as never;
  });
}
