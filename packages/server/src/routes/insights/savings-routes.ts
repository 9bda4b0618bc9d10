import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { savingsProgress } from '@tessera/core';
import { financeAllocationEntity, savingsTargetEntity } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { SavingsProgressSchema } from './insight-schemas.js';
import { readAll } from '../shared/read-helpers.js';

/** Savings against the targets of para 121 and annex H. */
export function savingsRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/savings-progress',
    operationId: 'getSavingsProgress',
    tag: 'insights',
    publicCache: true,
    summary: 'Progress against the savings targets',
    description:
      'Savings against each target from the allocations (para 121: at least 15% across the improvement architecture, GBP 2m from the Academy; annex H).',
    response: SavingsProgressSchema,
    query: z.object({}),
    compute: async (s) => ({
      targets: savingsProgress({
        allocations: await readAll(s, financeAllocationEntity),
        targets: await readAll(s, savingsTargetEntity),
      }),
    }),
  });
}
