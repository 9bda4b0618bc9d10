import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { enquiryEntity, enquirySla } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll, today } from '../shared/read-helpers.js';
import { EnquirySlaSchema } from './improvement-schemas.js';
import { queryInt } from '../shared/query-int.js';

/** Enquiries against their response-time service level. */
export function enquirySlaRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/enquiry-sla',
    operationId: 'getEnquirySla',
    tag: 'improvement',
    summary: 'Enquiries against their response-time service level',
    description:
      'Per network: first response within 5 working days, answer within 20 (configurable): met, at risk, breached, open.',
    response: EnquirySlaSchema,
    query: z.object({
      asOf: z.iso.date().optional(),
      firstResponseDays: queryInt(1, 60).optional(),
      answerDays: queryInt(1, 365).optional(),
    }),
    compute: async (s, q) =>
      enquirySla(await readAll(s, enquiryEntity), {
        asOf: q.asOf ?? today(),
        ...(q.firstResponseDays ? { firstResponseDays: q.firstResponseDays } : {}),
        ...(q.answerDays ? { answerDays: q.answerDays } : {}),
      }),
  });
}
