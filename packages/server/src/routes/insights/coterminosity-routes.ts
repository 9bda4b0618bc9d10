import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { coterminosity } from '@tessera/core';
import { membershipEntity, networkEntity, organisationEntity } from '@tessera/core';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { CoterminositySchema } from './insight-schemas.js';
import { readAll, today } from '../shared/read-helpers.js';

/** How far clinical network and AHSN boundaries coincide (rec 11). */
export function coterminosityRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/coterminosity',
    operationId: 'getCoterminosity',
    tag: 'insights',
    publicCache: true,
    summary: 'Coterminosity of clinical network and AHSN boundaries',
    description:
      'How far the clinical network geographies and the AHSN footprints coincide, through their member organisations (rec 11, annex G 59.b).',
    response: CoterminositySchema,
    query: z.object({ asOf: z.iso.date().optional() }),
    compute: async (s, q) =>
      coterminosity({
        organisations: await readAll(s, organisationEntity),
        memberships: await readAll(s, membershipEntity),
        networks: await readAll(s, networkEntity),
        asOf: q.asOf ?? today(),
      }),
  });
}
