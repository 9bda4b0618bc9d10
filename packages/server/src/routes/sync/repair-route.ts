import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { Ref, SafeString } from '@tessera/core';
import type { AppEnv, InstanceRole } from '../../context.js';
import { requireRole, writerOf } from '../../auth/auth.js';
import { errorResponses } from '../shared/schemas.js';
import { RepairResultSchema } from './sync-schemas.js';
import { hubOnly } from './sync-auth.js';

const Repair = z
  .object({
    entity: SafeString(80),
    id: Ref,
    owner: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an instance id'),
    reason: SafeString(500).optional(),
  })
  .strict()
  .openapi('SyncRepair');

const route = createRoute({
  method: 'post',
  path: '/sync/repair',
  operationId: 'repairRecordOwner',
  tags: ['sync'],
  summary: 'Hand a record held by the wrong origin to its rightful owner (hub admin; audited)',
  description:
    'For a record an origin took under an id it did not mint (before the hub refused that): the hub hands it to `owner` at version 0, so the owner’s next change, or its `tessera sync --verify`, writes its own content over it. Audited as `sync:repair`.',
  security: [{ bearer: [] }],
  request: { body: { content: { 'application/json': { schema: Repair } }, required: true } },
  responses: {
    200: {
      description: 'The record was handed over',
      content: { 'application/json': { schema: RepairResultSchema } },
    },
    400: errorResponses[400],
    401: errorResponses[401],
    403: errorResponses[403],
    404: errorResponses[404],
  },
});

/** `POST /sync/repair`: the hub admin's audited repair of a squatted record. */
export function repairRoute(app: OpenAPIHono<AppEnv>, role: InstanceRole): void {
  app.openapi(route, async (c) => {
    hubOnly(role);
    requireRole(c, 'admin');
    const body = c.req.valid('json');
    const store = c.var.store;
    const repo = store.repo(body.entity);
    const before = await store.write((tx) =>
      repo.reassignIn(tx, body.id, body.owner, {
        ...writerOf(c),
        reason: body.reason ?? 'repair',
      }),
    );
    c.var.cache.clear?.();
    return c.json(
      {
        entity: repo.def.name,
        id: body.id,
        from: before.owner,
        to: body.owner,
        version: 0,
      },
      200,
    );
  });
}
