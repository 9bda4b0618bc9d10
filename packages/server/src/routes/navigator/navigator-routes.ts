import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  NotFoundError,
  navigate,
  networkEntity,
  offerEntity,
  organisationEntity,
  type Membership,
  type Network,
  type Offer,
  type Organisation,
  type WithId,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { router } from '../shared/router.js';
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
      return c.var.cache.respond(
        c,
        `navigator:${odsCode.toUpperCase()}:${asOf}`,
        () => navigation(c.var.store, odsCode, asOf),
        false,
      ) as never;
    },
  );
  return app;
}

/** Loads what the navigator needs for one organisation (by ODS code) and runs it. */
async function navigation(store: Store, odsCode: string, asOf: string) {
  const [organisation] = await store.repo('organisation').all({ odsCode: odsCode.toUpperCase() });
  if (!organisation)
    throw new NotFoundError(`No organisation with ODS code ${odsCode.toUpperCase()}`, { odsCode });
  const current = await successorOn(store, organisation, asOf);
  const result = await navigationOf(store, current, asOf);
  return current === organisation ? result : { ...result, closedOrganisation: organisation };
}

/** The organisation that carries on a closed one on `asOf` (RW3 -> R0A), following successors. */
async function successorOn<T extends Record<string, unknown> & { id: string }>(
  store: Store,
  organisation: T,
  asOf: string,
): Promise<T> {
  let current = organisation;
  const seen = new Set<string>();
  while (
    typeof current['successorId'] === 'string' &&
    typeof current['closedOn'] === 'string' &&
    current['closedOn'] <= asOf &&
    !seen.has(current.id)
  ) {
    seen.add(current.id);
    const next = await store.repo('organisation').get(current['successorId']);
    if (!next) break;
    current = next as unknown as T;
  }
  return current;
}

/** The navigator for a stored organisation record. */
export async function navigationOf(
  store: Store,
  organisation: Record<string, unknown> & { id: string },
  asOf: string,
) {
  const memberships = await store.repo('membership').all({ organisationId: organisation.id });
  const networkIds = [...new Set(memberships.map((m) => m['networkId'] as string))];
  const direct = (await Promise.all(networkIds.map((id) => store.repo('network').get(id)))).filter(
    (n) => n !== undefined,
  );
  // fallbacks of the navigator: networks of the organisation's geography, the coalition of its AHSN
  const byGeography = organisation['geographyId']
    ? await store.repo('network').all({ geographyId: organisation['geographyId'] as string })
    : [];
  const ahsnIds = direct.filter((n) => n['type'] === 'ahsn').map((n) => n.id);
  const coalitions = (
    await Promise.all(ahsnIds.map((id) => store.repo('network').all({ ahsnId: id })))
  ).flat();
  const networks = [
    ...new Map([...direct, ...byGeography, ...coalitions].map((n) => [n.id, n])).values(),
  ];
  const offers = (
    await Promise.all(networks.map((n) => store.repo('offer').all({ networkId: n.id })))
  ).flat();
  const result = navigate({
    organisation: organisation as unknown as WithId<Organisation>,
    memberships: memberships as unknown as Membership[],
    networks: networks as unknown as WithId<Network>[],
    offers: offers as unknown as WithId<Offer>[],
    asOf,
  });
  return result;
}
