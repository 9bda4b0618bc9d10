import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  analyseMeasure,
  improvementProjectEntity,
  measureEntity,
  measureValueEntity,
  type EntityRecord,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { cacheKey } from '../shared/cache-key.js';
import { cachedJson } from '../shared/cached-json.js';
import { asRecord, readAll } from '../shared/read-helpers.js';
import { errorResponses } from '../shared/schemas.js';
import { ProjectSpcSchema } from './improvement-schemas.js';
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
  operationId: 'getMeasureSpc',
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
  operationId: 'getProjectSpc',
  tags: ['improvement'],
  summary: "A project's measures, each analysed with SPC",
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Per measure',
      content: { 'application/json': { schema: ProjectSpcSchema } },
    },
    404: errorResponses[404],
  },
});

/** The analysis of a measure's values; null when it has none. */
function analysisOf(
  measure: EntityRecord<typeof measureEntity>,
  values: EntityRecord<typeof measureValueEntity>[],
) {
  return values.length ? spcAnswer(analyseMeasure({ measure, values })) : null;
}

/** A project and each of its measures with its analysis (or why it could not be analysed). */
async function projectAnalysis(store: Store, id: string) {
  const project = asRecord(
    improvementProjectEntity,
    await store.repo('improvement-project').require(id),
  );
  const measures = await readAll(store, measureEntity, { projectId: id });
  const out = [];
  for (const measure of measures) {
    const values = await readAll(store, measureValueEntity, { measureId: measure.id });
    let analysis: ReturnType<typeof analysisOf> = null;
    let error: string | null = null;
    try {
      analysis = analysisOf(measure, values);
    } catch (e) {
      error = (e as Error).message;
    }
    out.push({ measure, values: values.length, analysis, error });
  }
  return { project, measures: out };
}

/** SPC of stored measures: one measure, or every measure of a project. */
export function measureSpcRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(measureSpc, async (c) => {
    const { id } = c.req.valid('param');
    return cachedJson(c, cacheKey(c.req.url), async () => {
      const measure = asRecord(measureEntity, await c.var.store.repo('measure').require(id));
      const values = await readAll(c.var.store, measureValueEntity, { measureId: id });
      return spcAnswer(analyseMeasure({ measure, values }));
    });
  });
  app.openapi(projectSpc, async (c) => {
    const { id } = c.req.valid('param');
    return cachedJson(c, cacheKey(c.req.url), () => projectAnalysis(c.var.store, id));
  });
}
