import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CapabilityLevel,
  FunnelInput,
  RunChartInput,
  SpcInput,
  StaffGroup,
  analyseFunnel,
  analyseMeasure,
  analyseRunChart,
  analyseSpc,
  applyEnquiryTransition,
  capabilityFunnel,
  capabilityRollup,
  enquiryEntity,
  enquirySla,
  flagRepeatedInterventions,
  parseOrThrow,
  routeEnquiry,
  searchResources,
  type EnquiryAction,
  type SpcResult,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../context.js';
import { requireRole, writerOf } from '../auth/auth.js';
import { router } from './router.js';
import { readAll, today } from './read-helpers.js';
import { readOptionalJson } from './optional-json.js';
import { cacheKey } from './entity-routes.js';
import { navigationOf } from './navigator-routes.js';
import { Loose, errorResponses, recordSchema } from './schemas.js';

const SpcAnswer = z
  .object({
    points: z.array(
      z.object({
        date: z.string(),
        value: z.number().nullable(),
        mean: z.number().nullable(),
        lpl: z.number().nullable(),
        upl: z.number().nullable(),
        twoSigmaLower: z.number().nullable(),
        twoSigmaUpper: z.number().nullable(),
        specialCauseType: z.string(),
        pointType: z.string(),
        rebaseGroup: z.number(),
      }),
    ),
    warnings: z.array(z.string()),
    variationIcon: z.string(),
    assuranceIcon: z.string().nullable(),
  })
  .meta({
    id: 'SpcAnalysis',
    description: 'XmR ("Making Data Count") analysis, as NHSRplotthedots computes it',
  });

/** The answer of `POST /spc`: the fields of each point a chart needs, in date order. */
export function spcAnswer(r: SpcResult) {
  return {
    points: r.points.map((p) => ({
      date: p.date,
      value: p.value,
      mean: p.mean,
      lpl: p.lpl,
      upl: p.upl,
      twoSigmaLower: p.twoSigmaLower,
      twoSigmaUpper: p.twoSigmaUpper,
      specialCauseType: p.specialCauseType,
      pointType: p.pointType,
      rebaseGroup: p.rebaseGroup,
    })),
    warnings: r.warnings,
    variationIcon: r.variationIcon,
    assuranceIcon: r.assuranceIcon,
  };
}

const ENQUIRY_STEPS: { path: string; action: EnquiryAction; summary: string }[] = [
  { path: 'start', action: 'start', summary: 'Start work on a routed enquiry' },
  { path: 'answer', action: 'answer', summary: 'Answer an enquiry' },
  {
    path: 'close',
    action: 'close',
    summary: 'Close an enquiry (a comment is needed if it was not answered)',
  },
  { path: 'reopen', action: 'reopen', summary: 'Reopen an enquiry (comment required)' },
];

/** Improvement (issue: SPC the NHS way, capability baseline, interventions, one-stop shop). */
export function improvementRoutes(): OpenAPIHono<AppEnv> {
  const app = router();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/spc',
      tags: ['improvement'],
      summary: 'Analyse a series with an XmR chart (stateless)',
      description:
        'Points in any order are analysed in date order. Limits, special-cause rules (outside limits, shift, trend, two-in-three), variation and assurance icons exactly as NHSRplotthedots.',
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: SpcInput.meta({ id: 'SpcInput' }) } },
        },
      },
      responses: {
        200: {
          description: 'The analysis',
          content: { 'application/json': { schema: SpcAnswer } },
        },
        400: errorResponses[400],
        413: errorResponses[413],
      },
    }),
    async (c) => c.json(spcAnswer(analyseSpc(c.req.valid('json'))) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/spc/run-chart',
      tags: ['improvement'],
      summary: 'Run chart with the runs rules (stateless)',
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: RunChartInput.meta({ id: 'RunChartInput' }) } },
        },
      },
      responses: {
        200: {
          description: 'The run chart',
          content: {
            'application/json': { schema: Loose('RunChart', 'median, shifts, trends, runs') },
          },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => c.json(analyseRunChart(c.req.valid('json')) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/spc/funnel',
      tags: ['improvement'],
      summary: 'Funnel-plot limits (95%, 99.8%) for a proportion across units (stateless)',
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: FunnelInput.meta({ id: 'FunnelInput' }) } },
        },
      },
      responses: {
        200: {
          description: 'The funnel',
          content: {
            'application/json': {
              schema: Loose('Funnel', 'pooled proportion, per-unit limits and flags'),
            },
          },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => c.json(analyseFunnel(c.req.valid('json')) as never, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/measures/{id}/spc',
      tags: ['improvement'],
      summary: 'A stored measure analysed with SPC',
      request: {
        params: z.object({
          id: z
            .string()
            .max(64)
            .meta({ param: { name: 'id', in: 'path' } }),
        }),
      },
      responses: {
        200: {
          description: 'The analysis',
          content: { 'application/json': { schema: SpcAnswer } },
        },
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.var.cache.respond(c, cacheKey(c.req.url), async () => {
        const measure = await c.var.store.repo('measure').require(id);
        const values = await c.var.store.repo('measure-value').all({ measureId: id });
        return spcAnswer(analyseMeasure({ measure: measure as never, values: values as never }));
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/improvement-projects/{id}/spc',
      tags: ['improvement'],
      summary: "A project's measures, each analysed with SPC",
      request: {
        params: z.object({
          id: z
            .string()
            .max(64)
            .meta({ param: { name: 'id', in: 'path' } }),
        }),
      },
      responses: {
        200: {
          description: 'Per measure',
          content: {
            'application/json': { schema: Loose('ProjectSpc', 'measures with their analyses') },
          },
        },
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.var.cache.respond(c, cacheKey(c.req.url), async () => {
        const project = await c.var.store.repo('improvement-project').require(id);
        const measures = await c.var.store.repo('measure').all({ projectId: id });
        const out = [];
        for (const m of measures) {
          const values = await c.var.store.repo('measure-value').all({ measureId: m.id });
          let analysis: unknown = null;
          let error: string | null = null;
          try {
            analysis = values.length
              ? spcAnswer(analyseMeasure({ measure: m as never, values: values as never }))
              : null;
          } catch (e) {
            error = (e as Error).message;
          }
          out.push({ measure: m, values: values.length, analysis, error });
        }
        return { project, measures: out };
      }) as never;
    },
  );

  const view = (
    path: string,
    summary: string,
    description: string,
    id: string,
    query: z.ZodObject,
    compute: (s: Store, q: Record<string, unknown>) => Promise<unknown>,
  ) =>
    app.openapi(
      createRoute({
        method: 'get',
        path,
        tags: ['improvement'],
        summary,
        description,
        request: { query },
        responses: {
          200: {
            description: summary,
            content: { 'application/json': { schema: Loose(id, description) } },
          },
          400: errorResponses[400],
        },
      }),
      async (c) =>
        c.var.cache.respond(c, cacheKey(c.req.url), () =>
          compute(c.var.store, c.req.valid('query') as Record<string, unknown>),
        ) as never,
    );

  const rollupInput = async (s: Store, asOf: string) => ({
    assessments: (await readAll(s, 'capability-assessment')) as never,
    organisations: (await readAll(s, 'organisation')) as never,
    memberships: (await readAll(s, 'membership')) as never,
    networks: (await readAll(s, 'network')) as never,
    geographies: (await readAll(s, 'geography')) as never,
    asOf,
  });

  view(
    '/capability-baseline',
    'The improvement-capability baseline, rolled up',
    'Latest assessment per organisation, staff group (para 93) and level, rolled up organisation -> AHSN -> region -> England, with coverage (organisations that have assessed) and gaps to target (rec 9.i).',
    'CapabilityBaseline',
    z.object({ asOf: z.iso.date().optional() }),
    async (s, q) =>
      capabilityRollup(await rollupInput(s, (q['asOf'] as string | undefined) ?? today())),
  );

  view(
    '/capability-funnel',
    'Variation in improvement capability between organisations',
    'Share trained for one staff group and level, per organisation (or AHSN, region), against funnel limits (95%, 99.8%).',
    'CapabilityFunnel',
    z.object({
      staffGroup: StaffGroup,
      level: CapabilityLevel,
      by: z.enum(['organisation', 'ahsn', 'region']).optional(),
      asOf: z.iso.date().optional(),
    }),
    async (s, q) =>
      capabilityFunnel({
        ...(await rollupInput(s, (q['asOf'] as string | undefined) ?? today())),
        staffGroup: q['staffGroup'] as never,
        level: q['level'] as never,
        ...(q['by'] ? { by: q['by'] as never } : {}),
      }),
  );

  view(
    '/repeated-interventions',
    'Organisations receiving repeated or concurrent intervention',
    'Interventions are meant to be targeted and limited (para 98): organisations with several in the window, or by several bodies at once.',
    'RepeatedInterventions',
    z.object({
      asOf: z.iso.date().optional(),
      windowMonths: z.coerce.number().int().min(1).max(240).optional(),
      threshold: z.coerce.number().int().min(2).max(50).optional(),
    }),
    async (s, q) =>
      flagRepeatedInterventions({
        interventions: (await readAll(s, 'intervention')) as never,
        asOf: (q['asOf'] as string | undefined) ?? today(),
        ...(q['windowMonths'] ? { windowMonths: q['windowMonths'] as number } : {}),
        ...(q['threshold'] ? { threshold: q['threshold'] as number } : {}),
      }),
  );

  view(
    '/enquiry-sla',
    'Enquiries against their response-time service level',
    'Per network: first response within 5 working days, answer within 20 (configurable): met, at risk, breached, open.',
    'EnquirySla',
    z.object({
      asOf: z.iso.date().optional(),
      firstResponseDays: z.coerce.number().int().min(1).max(60).optional(),
      answerDays: z.coerce.number().int().min(1).max(365).optional(),
    }),
    async (s, q) =>
      enquirySla((await readAll(s, 'enquiry')) as never, {
        asOf: (q['asOf'] as string | undefined) ?? today(),
        ...(q['firstResponseDays'] ? { firstResponseDays: q['firstResponseDays'] as number } : {}),
        ...(q['answerDays'] ? { answerDays: q['answerDays'] as number } : {}),
      }),
  );

  view(
    '/resources/search',
    'Search the one-stop shop',
    'Toolkits, case studies, e-learning and guidance, ranked by title, summary and tags (rec 8).',
    'ResourceSearch',
    z.object({
      q: z.string().max(200).optional(),
      tags: z
        .string()
        .max(400)
        .optional()
        .meta({ description: 'Comma-separated tags, all required' }),
      kind: z.enum(['toolkit', 'case_study', 'e_learning', 'guidance']).optional(),
    }),
    async (s, q) => ({
      hits: searchResources((await readAll(s, 'improvement-resource')) as never, {
        ...(q['q'] ? { q: q['q'] as string } : {}),
        ...(q['tags']
          ? {
              tags: (q['tags'] as string)
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            }
          : {}),
        ...(q['kind'] ? { kind: q['kind'] as never } : {}),
      }),
    }),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/experts/search',
      tags: ['improvement'],
      summary: 'Find people by expertise (the opt-in directory)',
      security: [{ bearer: [] }],
      description:
        'Connects people across systems by expertise (rec 8). Only people who opted in are listed; contact details are personal and need a viewer token.',
      request: {
        query: z.object({
          expertise: z.string().min(1).max(200).meta({
            description: 'Comma-separated; an expert matches if they have any, ranked by how many',
          }),
        }),
      },
      responses: {
        200: {
          description: 'Matching experts',
          content: {
            'application/json': {
              schema: Loose('ExpertSearch', 'experts ranked by matching expertise'),
            },
          },
        },
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      requireRole(c, 'viewer');
      const wanted = c.req
        .valid('query')
        .expertise.split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean);
      const experts = await c.var.store.repo('expert').all();
      const hits = experts
        .map((e) => ({
          expert: e,
          matched: ((e['expertise'] as string[] | undefined) ?? []).filter((x) =>
            wanted.includes(x.toLowerCase()),
          ),
        }))
        .filter((h) => h.matched.length > 0)
        .sort(
          (a, b) =>
            b.matched.length - a.matched.length ||
            String(a.expert['name']).localeCompare(String(b.expert['name'])),
        );
      return c.json({ hits } as never, 200);
    },
  );

  // the enquiry workflow: route (by the navigator), start, answer, close, reopen
  const fields = Object.keys(enquiryEntity.schema.shape);
  const step = (path: string, action: EnquiryAction, summary: string) =>
    app.openapi(
      createRoute({
        method: 'post',
        path: `/enquiries/{id}/${path}`,
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
          body: {
            required: false,
            content: {
              'application/json': {
                schema: z
                  .object({ comment: z.string().max(2000).optional() })
                  .strict()
                  .meta({ id: 'EnquiryStepInput' }),
              },
            },
          },
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
      }),
      async (c) => {
        requireRole(c, 'editor');
        const { id } = c.req.valid('param');
        const body = parseOrThrow(
          z.object({ comment: z.string().max(2000).optional() }).strict(),
          readOptionalJson(await c.req.text()),
        );
        const store = c.var.store;
        const repo = store.repo('enquiry');
        const at = new Date().toISOString();
        const current = await repo.require(id);
        let networkId: string | undefined;
        let reason: string | undefined;
        if (action === 'route') {
          const organisation = await store
            .repo('organisation')
            .require(current['organisationId'] as string);
          const route = routeEnquiry({
            enquiry: current as never,
            navigation: (await navigationOf(store, organisation, at.slice(0, 10))) as never,
          });
          networkId = route.networkId;
          reason = route.reason;
        }
        const updated = await store.write(async (tx) => {
          const fresh = await repo.require(id, tx);
          const next = applyEnquiryTransition(fresh as never, action, {
            by: `${c.var.auth!.name} (${c.var.auth!.id})`,
            at,
            ...(networkId ? { networkId } : {}),
            ...((body.comment ?? reason) ? { comment: body.comment ?? reason } : {}),
          });
          return repo.updateIn(
            tx,
            fresh,
            Object.fromEntries(fields.map((f) => [f, (next as Record<string, unknown>)[f]])),
            { ...writerOf(c), now: at },
            `transition:${action}`,
          );
        });
        return c.json(updated as never, 200);
      },
    );
  step(
    'route',
    'route',
    'Route an enquiry to the right network by the navigator (AHSN, clinical network, senate or LDP)',
  );
  for (const s of ENQUIRY_STEPS) step(s.path, s.action, s.summary);

  return app;
}
