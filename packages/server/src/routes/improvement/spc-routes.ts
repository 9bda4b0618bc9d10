import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  FunnelInput,
  RunChartInput,
  SpcInput,
  analyseFunnel,
  analyseRunChart,
  analyseSpc,
} from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { errorResponses } from '../shared/schemas.js';
import { FunnelSchema, RunChartSchema } from './improvement-schemas.js';
import { SpcAnswer, spcAnswer } from './spc-answer.js';

const spc = createRoute({
  method: 'post',
  path: '/spc',
  operationId: 'analyseSpc',
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
    200: { description: 'The analysis', content: { 'application/json': { schema: SpcAnswer } } },
    400: errorResponses[400],
    413: errorResponses[413],
  },
});

const runChart = createRoute({
  method: 'post',
  path: '/spc/run-chart',
  operationId: 'analyseRunChart',
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
      content: { 'application/json': { schema: RunChartSchema } },
    },
    400: errorResponses[400],
  },
});

const funnel = createRoute({
  method: 'post',
  path: '/spc/funnel',
  operationId: 'analyseFunnel',
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
      content: { 'application/json': { schema: FunnelSchema } },
    },
    400: errorResponses[400],
  },
});

/** Stateless SPC: XmR, run chart and funnel limits over a series in the body. */
export function spcRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(spc, async (c) => c.json(spcAnswer(analyseSpc(c.req.valid('json'))), 200));
  app.openapi(runChart, async (c) => c.json(analyseRunChart(c.req.valid('json')), 200));
  app.openapi(funnel, async (c) => c.json(analyseFunnel(c.req.valid('json')), 200));
}
