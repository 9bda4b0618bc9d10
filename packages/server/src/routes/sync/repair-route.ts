import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { Ref, SafeString } from '@tessera/core';
import { reassignRecord, removeRecord } from '@tessera/sync';
import type { AppEnv, InstanceRole } from '../../context.js';
import { writerOf } from '../../auth/auth.js';
import { errorResponses } from '../shared/schemas.js';
import { RepairResultSchema } from './sync-schemas.js';
import { syncGuard } from './sync-auth.js';

const Repair = z
  .object({
    entity: SafeString(80),
    id: Ref,
    action: z.enum(['reassign', 'remove']).default('reassign').meta({
      description:
        '`reassign` (the default): hand the record to `owner`. `remove`: tombstone a record a region holds, freeing its natural key (ODS code, network key) for its rightful holder',
    }),
    owner: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an instance id')
      .optional()
      .meta({
        description:
          'For `reassign`: the origin that minted the record’s id, or `hub`; never a region for a national record or one of the hub’s',
      }),
    reason: SafeString(500).optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.action === 'reassign' && r.owner === undefined)
      ctx.addIssue({ code: 'custom', path: ['owner'], message: 'reassign needs an owner' });
    if (r.action === 'remove' && r.owner !== undefined)
      ctx.addIssue({ code: 'custom', path: ['owner'], message: 'remove takes no owner' });
  })
  .openapi('SyncRepair');

const route = (role: InstanceRole) =>
  createRoute({
    middleware: [syncGuard(role, 'admin')] as const,
    method: 'post',
    path: '/sync/repair',
    operationId: 'repairRecordOwner',
    tags: ['sync'],
    summary: 'Repair a record held by the wrong origin (hub admin; audited)',
    description:
      'For a record an origin took under an id it did not mint (before the hub refused that): `reassign` hands it to the origin that minted its id (or back to the hub) at version 0, so the owner’s next change, or its `tessera sync --verify`, writes its own content over it. For a natural key (ODS code, network key) a region took that another region or the national directory holds by right: `remove` tombstones the region’s record one version up; every region pulls the tombstone (its owner too), and the changes set aside for that key apply when their origin next runs `tessera sync --verify`. Audited as `sync:repair`.',
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: Repair } }, required: true } },
    responses: {
      200: {
        description: 'The record was repaired',
        content: { 'application/json': { schema: RepairResultSchema } },
      },
      400: errorResponses[400],
      401: errorResponses[401],
      403: errorResponses[403],
      404: errorResponses[404],
      409: errorResponses[409],
    },
  });

/** `POST /sync/repair`: the hub admin's audited repair of a squatted record or natural key. */
export function repairRoute(app: OpenAPIHono<AppEnv>, role: InstanceRole): void {
  app.openapi(route(role), async (c) => {
    const body = c.req.valid('json');
    const by = { ...writerOf(c), reason: body.reason ?? 'repair' };
    const store = c.var.store;
    const out =
      body.action === 'remove'
        ? await removeRecord(store, body, by)
        : await reassignRecord(store, { ...body, owner: body.owner! }, by);
    c.var.cache.clear?.();
    return c.json(out, 200);
  });
}
