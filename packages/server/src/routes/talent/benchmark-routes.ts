import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { DomainError, ValidationError, parseBenchmarkCsv, parseOrThrow } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { errorResponses } from '../shared/schemas.js';
import { BenchmarkImportSchema } from './talent-schemas.js';

const route = createRoute({
  method: 'post',
  path: '/population-benchmarks/import',
  operationId: 'importPopulationBenchmarks',
  tags: ['talent'],
  summary: 'Import population benchmarks from CSV',
  security: [{ bearer: [] }],
  description:
    'Body `text/csv` with columns geography, characteristic, category, share (a fraction or a percentage). Replaces nothing: each row becomes a benchmark record.',
  request: {
    body: {
      required: true,
      content: {
        'text/csv': {
          schema: z.string().meta({
            example: 'geography,characteristic,category,share\nengland,sex,female,0.508',
          }),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'Imported',
      content: { 'application/json': { schema: BenchmarkImportSchema } },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
  },
});

/** The rows of a benchmark CSV; a file that cannot be read is a 400. */
function readCsv(text: string): ReturnType<typeof parseBenchmarkCsv> {
  try {
    return parseBenchmarkCsv(text);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new ValidationError(`The CSV could not be read: ${(e as Error).message}`, [
      { path: [], message: 'invalid CSV' },
    ]);
  }
}

/** `POST /population-benchmarks/import`: each CSV row becomes a benchmark record (admin). */
export function benchmarkRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    requireRole(c, 'admin');
    const rows = readCsv(await c.req.text());
    const repo = c.var.store.repo('population-benchmark');
    const who = writerOf(c);
    const created = await c.var.store.write(async (tx) => {
      let n = 0;
      for (const r of rows) {
        const { geography, characteristic, category, share } = r;
        const input = { geography, characteristic, category, share, source: 'CSV import' };
        const valid = parseOrThrow(repo.def.schema, input, `CSV row ${n + 2} is not valid`);
        await repo.createIn(tx, valid as Record<string, unknown>, who);
        n++;
      }
      return n;
    });
    return c.json({ imported: created }, 201);
  });
}
