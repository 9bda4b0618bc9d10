import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CapabilityLevel,
  StaffGroup,
  capabilityAssessmentEntity,
  capabilityFunnel,
  capabilityRollup,
  geographyEntity,
  membershipEntity,
  networkEntity,
  organisationEntity,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import type { AppEnv } from '../../context.js';
import { computedView } from '../shared/computed-view.js';
import { readAll, today } from '../shared/read-helpers.js';
import { CapabilityBaselineSchema, CapabilityFunnelSchema } from './improvement-schemas.js';

/** What the capability roll-up and funnel read. */
const rollupInput = async (s: Store, asOf: string) => ({
  assessments: await readAll(s, capabilityAssessmentEntity),
  organisations: await readAll(s, organisationEntity),
  memberships: await readAll(s, membershipEntity),
  networks: await readAll(s, networkEntity),
  geographies: await readAll(s, geographyEntity),
  asOf,
});

/** The improvement-capability baseline (rec 9.i) and its variation between organisations. */
export function capabilityRoutes(app: OpenAPIHono<AppEnv>): void {
  computedView(app, {
    path: '/capability-baseline',
    operationId: 'getCapabilityBaseline',
    tag: 'improvement',
    summary: 'The improvement-capability baseline, rolled up',
    description:
      'Latest assessment per organisation, staff group (para 93) and level, rolled up organisation -> AHSN -> region -> England, with coverage (organisations that have assessed) and gaps to target (rec 9.i).',
    response: CapabilityBaselineSchema,
    query: z.object({ asOf: z.iso.date().optional() }),
    compute: async (s, q) => capabilityRollup(await rollupInput(s, q.asOf ?? today())),
  });

  computedView(app, {
    path: '/capability-funnel',
    operationId: 'getCapabilityFunnel',
    tag: 'improvement',
    summary: 'Variation in improvement capability between organisations',
    description:
      'Share trained for one staff group and level, per organisation (or AHSN, region), against funnel limits (95%, 99.8%).',
    response: CapabilityFunnelSchema,
    query: z.object({
      staffGroup: StaffGroup,
      level: CapabilityLevel,
      by: z.enum(['organisation', 'ahsn', 'region']).optional(),
      asOf: z.iso.date().optional(),
    }),
    compute: async (s, q) =>
      capabilityFunnel({
        ...(await rollupInput(s, q.asOf ?? today())),
        staffGroup: q.staffGroup,
        level: q.level,
        ...(q.by ? { by: q.by } : {}),
      }),
  });
}
