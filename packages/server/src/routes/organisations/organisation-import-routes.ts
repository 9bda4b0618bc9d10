import { Readable } from 'node:stream';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ValidationError } from '@tessera/core';
import { HUB_INSTANCE, importOrganisations, type ImportReport } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { router } from '../shared/router.js';
import { errorResponses } from '../shared/schemas.js';

const Tally = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
const Issue = z.object({ path: z.string(), message: z.string() });
const ImportReportSchema = z
  .object({
    rows: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    skippedCount: z.number(),
    refusedCount: z.number(),
    skipped: z.array(z.object({ line: z.number(), reason: z.string() })),
    refused: z.array(z.object({ line: z.number(), errors: z.array(Issue) })),
    related: z.record(z.string(), Tally),
    written: z.boolean(),
  })
  .meta({ id: 'ImportReport' });

/** What the hub's admin can do about a code a region holds (the national directory's by right). */
const REGION_HOLDS =
  ' A code a region holds: if the national directory lists it, free it with POST /api/v1/sync/repair {"entity":"organisation","id":…,"action":"remove"} (audited), then import again.';

/** Problem details for an import a refused row stopped: every refused line and field. */
export function refusedImport(report: ImportReport, atHub = false): ValidationError {
  const held =
    atHub &&
    report.refused.some((r) => r.errors.some((e) => /belongs to instance/.test(e.message)));
  return new ValidationError(
    `${report.refusedCount} of ${report.rows} rows refused; nothing was written (import with partial=true to write the others).${held ? REGION_HOLDS : ''}`,
    report.refused.flatMap((r) =>
      r.errors.map((e) => ({
        path: ['line', r.line, ...(e.path ? e.path.split('.') : [])],
        message: e.message,
      })),
    ),
  );
}

/** `POST /organisations/import`: onboarding a region's members from an ODS file or a CSV. */
export function organisationImportRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/organisations/import',
      operationId: 'importOrganisations',
      tags: ['networks'],
      summary: 'Import organisations from an ODS file or a CSV',
      security: [{ bearer: [] }],
      description:
        'Body `text/csv`: an ODS file in its standard headerless layout (etr, eccg and the like) or a CSV with the header odsCode,name[,type,postcode,localOffice,openedOn,closedOn]. Each organisation is placed in its geography, AHSN and LDP by the seed mapping (local office, then postcode area). Idempotent by ODS code. A refused row means nothing is written (400 naming every line) unless `partial=true`.',
      request: {
        query: z.object({
          partial: z
            .enum(['true', 'false'])
            .optional()
            .meta({ description: 'Write the good rows even when some are refused' }),
        }),
        body: {
          required: true,
          content: {
            'text/csv': {
              schema: z.string().meta({
                example: '08K,NHS LAMBETH CCG,Y56,Q71,1 LOWER MARSH,,,LONDON,,SE1 7NT,20130401',
              }),
            },
          },
        },
      },
      responses: {
        200: {
          description: 'What the import did, row by row',
          content: { 'application/json': { schema: ImportReportSchema } },
        },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
      },
    }),
    async (c) => {
      requireRole(c, 'admin');
      const partial = c.req.valid('query').partial === 'true';
      const report = await importOrganisations(c.var.store, Readable.from([await c.req.text()]), {
        partial,
        ...writerOf(c),
      });
      if (!report.written) throw refusedImport(report, c.var.store.instance === HUB_INSTANCE);
      return c.json(report, 200);
    },
  );
  return app;
}
