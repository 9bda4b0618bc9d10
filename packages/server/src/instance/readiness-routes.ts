import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { SCHEMA_VERSION } from '@tessera/core';
import { getMeta } from '@tessera/store';
import type { AppEnv } from '../context.js';
import { router } from '../routes/shared/router.js';

const Check = z.object({ ok: z.boolean(), detail: z.string().optional() });
const Readiness = z
  .object({
    ready: z.boolean(),
    checks: z.object({ database: Check, migrations: Check, hub: Check.optional() }),
  })
  .meta({ id: 'Readiness' });

type CheckResult = z.infer<typeof Check>;

async function attempt(fn: () => Promise<string | undefined>): Promise<CheckResult> {
  try {
    const problem = await fn();
    return problem ? { ok: false, detail: problem } : { ok: true };
  } catch (e) {
    return { ok: false, detail: (e as Error).message.slice(0, 200) };
  }
}

/**
 * `GET /health/ready`: 200 when this instance can serve: its database answers, its migrations are
 * applied (the schema version it records is the code's), and, for a region that syncs, its hub
 * answers. 503 otherwise, with each check's result. Public, like liveness.
 */
export function readinessRoutes(hubUrl?: string): OpenAPIHono<AppEnv> {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/health/ready',
      tags: ['system'],
      summary: 'Readiness: database reachable, migrations applied, hub reachable (a region)',
      security: [],
      responses: {
        200: { description: 'Ready', content: { 'application/json': { schema: Readiness } } },
        503: { description: 'Not ready', content: { 'application/json': { schema: Readiness } } },
      },
    }),
    async (c) => {
      const store = c.var.store;
      const database = await attempt(async () => {
        await store.client.execute('SELECT 1');
        return undefined;
      });
      const migrations = await attempt(async () => {
        const v = await getMeta(store.db, 'schema_version');
        return v === String(SCHEMA_VERSION)
          ? undefined
          : `schema version ${v ?? 'none'}, code ${SCHEMA_VERSION}`;
      });
      const hub = hubUrl
        ? await attempt(async () => {
            const res = await fetch(`${hubUrl.replace(/\/+$/, '')}/api/v1/health`, {
              signal: AbortSignal.timeout(2000),
            });
            await res.body?.cancel();
            return res.ok ? undefined : `the hub answered ${res.status}`;
          })
        : undefined;
      const ready = database.ok && migrations.ok && (hub?.ok ?? true);
      c.header('cache-control', 'no-store');
      return c.json(
        { ready, checks: { database, migrations, ...(hub ? { hub } : {}) } },
        ready ? 200 : 503,
      );
    },
  );
}
