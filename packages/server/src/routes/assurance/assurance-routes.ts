import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  parseOrThrow,
  applyAssuranceTransition,
  assuranceReturnEntity,
  assuranceWorkflow,
  type AssuranceAction,
} from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { router } from '../shared/router.js';
import { readOptionalJson } from '../shared/optional-json.js';
import { camel } from '../shared/pascal.js';
import { asRecord } from '../shared/read-helpers.js';
import { errorResponses, recordSchema } from '../shared/schemas.js';

const STEPS: { path: string; action: AssuranceAction; summary: string }[] = [
  { path: 'submit', action: 'submit', summary: 'Submit a draft return for review' },
  // review, sign-off and return are the Regional Medical Team's, at the hub: assessment/assessment-routes.ts
];

const StepInput = z
  .object({ comment: z.string().max(2000).optional() })
  .strict()
  .meta({ id: 'AssuranceStepInput' });

/** The assurance workflow (annex G 62.d): draft -> submitted -> reviewed -> signed off, with return for changes. */
export function assuranceRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  const fields = Object.keys(assuranceReturnEntity.schema.shape);
  for (const step of STEPS) {
    const role = assuranceWorkflow.whoMay(step.action);
    app.openapi(
      createRoute({
        method: 'post',
        path: `/assurance-returns/{id}/${step.path}`,
        operationId: `${camel(step.path)}AssuranceReturn`,
        tags: ['governance'],
        summary: step.summary,
        description: `Needs role ${role}. Records who took the step and when in the return's history; an illegal step answers 409 and changes nothing.`,
        security: [{ bearer: [] }],
        request: {
          params: z.object({
            id: z
              .string()
              .min(1)
              .max(64)
              .meta({ param: { name: 'id', in: 'path' } }),
          }),
          body: { required: false, content: { 'application/json': { schema: StepInput } } },
        },
        responses: {
          200: {
            description: 'The return after the step',
            content: { 'application/json': { schema: recordSchema(assuranceReturnEntity) } },
          },
          400: errorResponses[400],
          401: errorResponses[401],
          403: errorResponses[403],
          404: errorResponses[404],
          409: errorResponses[409],
        },
      }),
      async (c) => {
        requireRole(c, role);
        const { id } = c.req.valid('param');
        const body = parseOrThrow(StepInput, readOptionalJson(await c.req.text()));
        const who = writerOf(c);
        const store = c.var.store;
        const repo = store.repo('assurance-return');
        const updated = await store.write(async (tx) => {
          const current = await repo.require(id, tx);
          const at = new Date().toISOString();
          const next = applyAssuranceTransition(
            asRecord(assuranceReturnEntity, current),
            step.action,
            {
              by: `${c.var.auth!.name} (${c.var.auth!.id})`,
              at,
              ...(body.comment ? { comment: body.comment } : {}),
            },
          );
          const nextFields = Object.fromEntries(
            fields.map((f) => [f, (next as Record<string, unknown>)[f]]),
          );
          return repo.updateIn(
            tx,
            current,
            nextFields,
            { ...who, now: at },
            `transition:${step.action}`,
          );
        });
        return c.json(asRecord(assuranceReturnEntity, updated), 200);
      },
    );
  }
  return app;
}
