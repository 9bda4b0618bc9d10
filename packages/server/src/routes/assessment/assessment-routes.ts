import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  AssessmentAction,
  AssessmentSubject,
  AssuranceStatus,
  assessmentDecisionEntity,
  assuranceReturnEntity,
  businessPlanEntity,
  parseOrThrow,
  submitBusinessPlan,
  type BusinessPlan,
} from '@tessera/core';
import type { AppEnv, InstanceRole } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { router } from '../shared/router.js';
import { readOptionalJson } from '../shared/optional-json.js';
import { errorResponses, recordSchema } from '../shared/schemas.js';
import { pascal } from '../shared/pascal.js';
import { ASSESSMENT_RULE, assessRecord, assessmentOf } from './assess-record.js';

const StepInput = z
  .object({ comment: z.string().max(2000).optional() })
  .strict()
  .meta({ id: 'AssessmentStepInput' });

const AssessedStateSchema = z
  .object({
    status: AssuranceStatus,
    submittedAt: z.string().nullable(),
    decisions: z.array(assessmentDecisionEntity.schema),
    pending: z.array(assessmentDecisionEntity.schema),
    allowed: z.array(AssessmentAction),
  })
  .meta({ id: 'AssessedState', description: 'A record folded with the decisions on it' });

const AssessmentViewSchema = z
  .object({
    ...AssessedStateSchema.shape,
    subject: AssessmentSubject,
    id: z.string(),
    region: z.string().nullable(),
  })
  .meta({ id: 'AssessmentView', description: 'The assessed state of one record' });

const AssessmentOutcomeSchema = z
  .object({
    decision: recordSchema(assessmentDecisionEntity),
    assessment: AssessedStateSchema,
    record: z.union([recordSchema(assuranceReturnEntity), recordSchema(businessPlanEntity)]),
  })
  .meta({ id: 'AssessmentOutcome', description: 'The decision and the assessed state after it' });

const Id = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { name: 'id', in: 'path' } }),
});

const SUBJECTS: { subject: AssessmentSubject; collection: string; what: string }[] = [
  {
    subject: 'assurance-return',
    collection: 'assurance-returns',
    what: 'quarterly assurance return',
  },
  { subject: 'business-plan', collection: 'business-plans', what: 'business plan' },
];

const STEPS: { path: string; action: AssessmentAction; verb: string; summary: string }[] = [
  { path: 'review', action: 'review', verb: 'review', summary: 'Review a submitted' },
  { path: 'sign-off', action: 'sign_off', verb: 'signOff', summary: 'Sign off a reviewed' },
  {
    path: 'return',
    action: 'return',
    verb: 'return',
    summary: 'Return for changes (comment required) a submitted or reviewed',
  },
];

/**
 * Assessment by the Regional Medical Teams (annex G 59.b, 62): review, return and sign-off of
 * assurance returns and business plans at the hub by an assessor of the network's region; the
 * assessed state of a record anywhere; a region's submission of its business plan.
 */
export function assessmentRoutes(role: InstanceRole): OpenAPIHono<AppEnv> {
  const app = router();
  for (const subject of SUBJECTS) {
    for (const step of STEPS) assessmentStepRoute(app, role, subject, step);
    assessedStateRoute(app, subject);
  }
  submitBusinessPlanRoute(app);
  return app;
}

type Subject = (typeof SUBJECTS)[number];
type Step = (typeof STEPS)[number];

/** `POST /<collection>/{id}/<step>`: the Regional Medical Team's decision, at the hub. */
function assessmentStepRoute(
  app: OpenAPIHono<AppEnv>,
  role: InstanceRole,
  { subject, collection, what }: Subject,
  step: Step,
): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: `/${collection}/{id}/${step.path}`,
      operationId: `${step.verb}${pascal(subject)}`,
      tags: ['governance'],
      summary: `${step.summary} ${what} (the Regional Medical Team, at the hub)`,
      description: `Needs an \`assessor\` token whose region is the network's, at the hub. ${ASSESSMENT_RULE}. The decision is a hub record; the region applies it after its next pull. The region's own tokens get 403; an illegal step 409.`,
      security: [{ bearer: [] }],
      request: {
        params: Id,
        body: { required: false, content: { 'application/json': { schema: StepInput } } },
      },
      responses: {
        201: {
          description: 'The decision and the assessed state after it',
          content: {
            'application/json': { schema: AssessmentOutcomeSchema },
          },
        },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
        409: errorResponses[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = parseOrThrow(StepInput, readOptionalJson(await c.req.text()));
      const out = await assessRecord(c, role, subject, id, step.action, body.comment);
      return c.json(out, 201);
    },
  );
}

/** `GET /<collection>/{id}/assessment`: the assessed state of a record, anywhere. */
function assessedStateRoute(
  app: OpenAPIHono<AppEnv>,
  { subject, collection, what }: Subject,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: `/${collection}/{id}/assessment`,
      operationId: `get${pascal(subject)}Assessment`,
      tags: ['governance'],
      summary: `The assessed state of a ${what}`,
      description:
        "The record's status with the Regional Medical Team's decisions on its current submission (hub records: at a region, as of its last pull), what the team may do next, and the decisions not yet applied by the record's owner.",
      request: { params: Id },
      responses: {
        200: {
          description: 'The assessed state',
          content: { 'application/json': { schema: AssessmentViewSchema } },
        },
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await assessmentOf(c.var.store, subject, id), 200);
    },
  );
}

/** `POST /business-plans/{id}/submit`: a region submits its plan (role editor, at its owner). */
function submitBusinessPlanRoute(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/business-plans/{id}/submit',
      operationId: 'submitBusinessPlan',
      tags: ['networks'],
      summary: 'Submit a business plan for sign-off by the Regional Medical Team',
      description:
        'Needs role editor at the instance that owns the plan. A plan needs at least one deliverable. The plan is then locked until the team returns it for changes.',
      security: [{ bearer: [] }],
      request: {
        params: Id,
        body: { required: false, content: { 'application/json': { schema: StepInput } } },
      },
      responses: {
        200: {
          description: 'The plan after the step',
          content: { 'application/json': { schema: recordSchema(businessPlanEntity) } },
        },
        400: errorResponses[400],
        401: errorResponses[401],
        403: errorResponses[403],
        404: errorResponses[404],
        409: errorResponses[409],
      },
    }),
    async (c) => {
      requireRole(c, 'editor');
      const { id } = c.req.valid('param');
      const body = parseOrThrow(StepInput, readOptionalJson(await c.req.text()));
      const store = c.var.store;
      const repo = store.repo('business-plan');
      const fields = Object.keys(businessPlanEntity.schema.shape);
      const auth = c.var.auth!;
      const updated = await store.write(async (tx) => {
        const current = await repo.require(id, tx);
        const at = new Date().toISOString();
        const next = submitBusinessPlan(current as unknown as BusinessPlan, {
          by: `${auth.name} (${auth.id})`,
          at,
          ...(body.comment ? { comment: body.comment } : {}),
        });
        return repo.updateIn(
          tx,
          current,
          Object.fromEntries(fields.map((f) => [f, (next as Record<string, unknown>)[f]])),
          { ...writerOf(c), now: at },
          'transition:submit',
        );
      });
      return c.json(updated, 200);
    },
  );
}
