import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  applyEnquiryTransition,
  enquiryEntity,
  enquiryWorkflow,
  parseOrThrow,
  routeEnquiry,
  organisationEntity,
  type EnquiryAction,
  type EntityRecord,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { navigationOf } from '../navigator/navigation-of.js';
import { asRecord } from '../shared/read-helpers.js';
import { readOptionalJson } from '../shared/optional-json.js';
import { errorResponses, recordSchema } from '../shared/schemas.js';

const STEPS: { path: string; action: EnquiryAction; summary: string }[] = [
  {
    path: 'route',
    action: 'route',
    summary:
      'Route an enquiry to the right network by the navigator (AHSN, clinical network, senate or LDP)',
  },
  { path: 'start', action: 'start', summary: 'Start work on a routed enquiry' },
  { path: 'answer', action: 'answer', summary: 'Answer an enquiry' },
  {
    path: 'close',
    action: 'close',
    summary: 'Close an enquiry (a comment is needed if it was not answered)',
  },
  { path: 'reopen', action: 'reopen', summary: 'Reopen an enquiry (comment required)' },
];

const StepInput = z
  .object({ comment: z.string().max(2000).optional() })
  .strict()
  .meta({ id: 'EnquiryStepInput' });

const stepRoute = (path: string, summary: string) =>
  createRoute({
    method: 'post',
    path: `/enquiries/{id}/${path}`,
    operationId: `${path}Enquiry`,
    tags: ['improvement'],
    summary,
    security: [{ bearer: [] }],
    request: {
      params: z.object({
        id: z
          .string()
          .max(64)
          .meta({ param: { name: 'id', in: 'path' } }),
      }),
      body: { required: false, content: { 'application/json': { schema: StepInput } } },
    },
    responses: {
      200: {
        description: 'The enquiry after the step',
        content: { 'application/json': { schema: recordSchema(enquiryEntity) } },
      },
      400: errorResponses[400],
      401: errorResponses[401],
      403: errorResponses[403],
      404: errorResponses[404],
      409: errorResponses[409],
    },
  });

type Enquiry = EntityRecord<typeof enquiryEntity>;

/** Where the navigator routes an enquiry: the network and why. */
async function routeOf(store: Store, enquiry: Enquiry, asOf: string) {
  const organisation = await store.repo('organisation').require(enquiry.organisationId);
  return routeEnquiry({
    enquiry,
    navigation: await navigationOf(store, asRecord(organisationEntity, organisation), asOf),
  });
}

interface Step {
  id: string;
  action: EnquiryAction;
  comment: string | undefined;
  by: string;
  writer: ReturnType<typeof writerOf>;
}

/** Applies one step of the workflow in a transaction; returns the enquiry after it. */
async function takeStep(store: Store, step: Step) {
  const fields = Object.keys(enquiryEntity.schema.shape);
  const repo = store.repo('enquiry');
  const at = new Date().toISOString();
  const current = asRecord(enquiryEntity, await repo.require(step.id));
  const route =
    step.action === 'route' ? await routeOf(store, current, at.slice(0, 10)) : undefined;
  const comment = step.comment ?? route?.reason;
  return store.write(async (tx) => {
    const fresh = await repo.require(step.id, tx);
    const next = applyEnquiryTransition(asRecord(enquiryEntity, fresh), step.action, {
      by: step.by,
      at,
      ...(route?.networkId ? { networkId: route.networkId } : {}),
      ...(comment ? { comment } : {}),
    });
    return repo.updateIn(
      tx,
      fresh,
      Object.fromEntries(fields.map((f) => [f, (next as Record<string, unknown>)[f]])),
      { ...step.writer, now: at },
      `transition:${step.action}`,
    );
  });
}

/** The enquiry workflow: route (by the navigator), start, answer, close, reopen. */
export function enquiryWorkflowRoutes(app: OpenAPIHono<AppEnv>): void {
  for (const s of STEPS)
    app.openapi(stepRoute(s.path, s.summary), async (c) => {
      requireRole(c, enquiryWorkflow.whoMay(s.action));
      const body = parseOrThrow(StepInput, readOptionalJson(await c.req.text()));
      const updated = await takeStep(c.var.store, {
        id: c.req.valid('param').id,
        action: s.action,
        comment: body.comment,
        by: `${c.var.auth!.name} (${c.var.auth!.id})`,
        writer: writerOf(c),
      });
      return c.json(asRecord(enquiryEntity, updated), 200);
    });
}
