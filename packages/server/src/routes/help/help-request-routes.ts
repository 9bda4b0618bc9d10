import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { rateLimiter } from 'hono-rate-limiter';
import { z } from 'zod';
import {
  DomainError,
  HelpRequestInput,
  NetworkType,
  ValidationError,
  enquiryEntity,
} from '@tessera/core';
import { submitHelpRequest } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { FailedAuthLimiter } from '../../auth/failed-auth-limiter.js';
import { problemOf, sendProblem } from '../../problem/problem.js';
import { router } from '../shared/router.js';
import { asRecord } from '../shared/read-helpers.js';
import { ProblemSchema, errorResponses } from '../shared/schemas.js';

const HelpRequestReceiptSchema = z
  .object({
    reference: z.string(),
    status: z.string(),
    receivedAt: z.string(),
    routedTo: z.object({ networkId: z.string(), name: z.string(), type: NetworkType }),
    reason: z.string(),
  })
  .meta({ id: 'HelpRequestReceipt', description: 'The reference and where it was routed' });

/** How many help requests one client address may make per window. */
export interface HelpRequestLimit {
  /** Requests per window (default 5). */
  limit?: number;
  /** The window in milliseconds (default 10 minutes). */
  windowMs?: number;
}

/** The largest help request body accepted, in bytes: the fields' own limits and some slack. */
export const HELP_REQUEST_MAX_BYTES = 16 * 1024;

const minutes = (ms: number) => Math.round(ms / 60000);

/** At most `limit` help requests per window from one socket address, then 429 with Retry-After. */
function helpRequestLimiter(limit: number, windowMs: number) {
  return rateLimiter<AppEnv>({
    windowMs,
    limit,
    standardHeaders: 'draft-6',
    // the socket's address: forwarded headers are not trusted (anyone can send them)
    keyGenerator: (c) => FailedAuthLimiter.address(c),
    skip: (c) => c.req.method !== 'POST',
    handler: (c) =>
      sendProblem(
        c,
        problemOf(
          'rate_limited',
          429,
          `At most ${limit} help requests per ${minutes(windowMs)} minutes from one address: try again after the time in Retry-After`,
        ),
      ),
  });
}

/** The OpenAPI description of `POST /help-requests`, with this instance's limits. */
function helpRequestRoute(limit: number, windowMs: number) {
  return createRoute({
    method: 'post',
    path: '/help-requests',
    operationId: 'createHelpRequest',
    tags: ['improvement'],
    summary: 'Ask for help (no token needed)',
    description: `Anyone in the NHS asks for help by their organisation's ODS code; the navigator routes the request at once (improvement and most topics to the organisation's AHSN, leadership to its LDP, clinical questions to its clinical network or senate). Needs no token. The body is strict (unknown fields are refused) and at most ${HELP_REQUEST_MAX_BYTES} bytes; each client address may ask ${limit} times per ${minutes(windowMs)} minutes (429 with Retry-After). The question and contact details stay on this instance.`,
    request: {
      body: { required: true, content: { 'application/json': { schema: HelpRequestInput } } },
    },
    responses: {
      201: {
        description: 'Received and routed',
        content: {
          'application/json': { schema: HelpRequestReceiptSchema },
        },
      },
      400: errorResponses[400],
      404: errorResponses[404],
      413: errorResponses[413],
      429: {
        description: 'Too many requests from this address: wait for the seconds in Retry-After',
        headers: z.object({ 'retry-after': z.string() }),
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    },
  });
}

/** The request's JSON, refused when larger than the limit or not JSON. */
function parseHelpRequest(text: string): unknown {
  if (Buffer.byteLength(text, 'utf8') > HELP_REQUEST_MAX_BYTES)
    throw new DomainError(
      'payload_too_large',
      `A help request may be at most ${HELP_REQUEST_MAX_BYTES} bytes`,
    );
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('The request body is not valid JSON', [
      { path: [], message: 'invalid JSON' },
    ]);
  }
}

/**
 * `POST /help-requests`: "ask for help" with no token (rec 7: the AHSN as single point of local
 * access). Strict body, bounded, rate limited per client address (429 with Retry-After); routed at
 * once by the navigator of the organisation's ODS code, and stored here as a routed enquiry whose
 * question and contact details never leave this instance.
 */
export function helpRequestRoutes(options: HelpRequestLimit = {}): OpenAPIHono<AppEnv> {
  const app = router();
  const windowMs = options.windowMs ?? 10 * 60 * 1000;
  const limit = options.limit ?? 5;
  app.use('/help-requests', helpRequestLimiter(limit, windowMs));
  app.openapi(helpRequestRoute(limit, windowMs), async (c) => {
    const receipt = await submitHelpRequest(c.var.store, parseHelpRequest(await c.req.text()));
    const { route } = receipt;
    const enquiry = asRecord(enquiryEntity, receipt.enquiry);
    return c.json(
      {
        reference: enquiry.id,
        status: enquiry.status,
        receivedAt: enquiry.receivedAt,
        routedTo: {
          networkId: route.networkId,
          name: route.networkName,
          type: route.networkType,
        },
        reason: route.reason,
      },
      201,
    );
  });
  return app;
}
