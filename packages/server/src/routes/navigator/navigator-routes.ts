import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { NotFoundError, networkEntity, offerEntity, organisationEntity } from '@tessera/core';
import { successorOn, type Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
import { readAll } from '../shared/read-helpers.js';
import { navigationOf } from './navigation-of.js';
import { cachedJson } from '../shared/cached-json.js';
import { errorResponses, recordSchema } from '../shared/schemas.js';

const NavigationSchema = z
  .object({
    organisation: recordSchema(organisationEntity),
    closedOrganisation: recordSchema(organisationEntity).optional().meta({
      description:
        'When the code asked for had closed by asOf: that organisation (the answer is for its successor)',
    }),
    ahsn: recordSchema(networkEntity)
      .nullable()
      .meta({ description: 'The single point of local access for improvement (rec 7)' }),
    clinicalNetworks: z.array(recordSchema(networkEntity)),
    senate: recordSchema(networkEntity).nullable(),
    ldp: recordSchema(networkEntity)
      .nullable()
      .meta({ description: 'The Local Delivery Partner of the NHS Leadership Academy' }),
    improvementCoalition: recordSchema(networkEntity).nullable(),
    offers: z.array(
      z.object({
        ...recordSchema(offerEntity).shape,
        networkName: z.string(),
        networkType: z.string(),
      }),
    ),
  })
  .meta({ id: 'Navigation' });

/** `GET /navigator/{odsCode}`: "where do I go for help?" (para 62; annex F 13). Public. */
export function navigatorRoutes(): OpenAPIHono<AppEnv> {
  const app = router();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/navigator/{odsCode}',
      operationId: 'navigate',
      tags: ['networks'],
      summary: 'Where does an organisation go for help?',
      description:
        'From an organisation (by ODS code) to its AHSN, clinical networks, clinical senate, LDP and local improvement coalition, with every offer open to it.',
      request: {
        params: z.object({
          odsCode: z
            .string()
            .regex(/^[A-Za-z0-9]{3,10}$/)
            .meta({ param: { name: 'odsCode', in: 'path' }, example: 'RJZ' }),
        }),
        query: z.object({
          asOf: z.iso
            .date()
            .optional()
            .meta({ description: 'Only memberships current on this date (default today)' }),
        }),
      },
      responses: {
        200: {
          description: 'The organisation and where it can go',
          content: { 'application/json': { schema: NavigationSchema } },
        },
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { odsCode } = c.req.valid('param');
      const asOf = c.req.valid('query').asOf ?? new Date().toISOString().slice(0, 10);
      return cachedJson(
        c,
        `navigator:${odsCode.toUpperCase()}:${asOf}`,
        () => navigation(c.var.store, odsCode, asOf),
        false,
      );
    },
  );
  return app;
}

/** Loads what the navigator needs for one organisation (by ODS code) and runs it. */
async function navigation(store: Store, odsCode: string, asOf: string) {
  const [organisation] = await readAll(store, organisationEntity, {
    odsCode: odsCode.toUpperCase(),
  });
  if (!organisation)
    throw new NotFoundError(`No organisation with ODS code ${odsCode.toUpperCase()}`, { odsCode });
  const current = await successorOn(store, organisation, asOf);
  const result = await navigationOf(store, current, asOf);
  return current === organisation ? result : { ...result, closedOrganisation: organisation };
}
