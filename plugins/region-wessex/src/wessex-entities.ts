import { z } from 'zod';
import { IsoDate, Ref, defineEntity } from '@tessera/core';

/** A Wessex local priority, linked to the national priorities it serves (rec 7.iii). Shared. */
export const wessexPriorityEntity = defineEntity({
  name: 'region-wessex-priority',
  collection: 'region-wessex-priorities',
  domain: 'strategies',
  description: 'A Wessex local priority, linked to the national priorities it serves',
  schema: z
    .object({
      code: z.string().regex(/^WX\d{1,2}$/, 'a Wessex code such as WX1'),
      title: z.string().min(1).max(200),
      nationalPriorityIds: z.array(Ref).max(20).default([]),
    })
    .strict(),
  filters: ['code'],
  ownedBy: 'region',
});

/** A piece of Wessex's local programme of work under a local priority. Shared. */
export const wessexWorkstreamEntity = defineEntity({
  name: 'region-wessex-workstream',
  collection: 'region-wessex-workstreams',
  domain: 'strategies',
  description: "A workstream of Wessex's local programme of work",
  schema: z
    .object({
      priorityCode: z.string().regex(/^WX\d{1,2}$/),
      title: z.string().min(1).max(200),
      /** The national priority it contributes to, if any. */
      nationalPriorityId: Ref.optional(),
      status: z.enum(['planned', 'active', 'closed']).default('planned'),
      startOn: IsoDate,
    })
    .strict(),
  filters: ['priorityCode', 'status'],
  ownedBy: 'region',
});

/** One monthly value of a Wessex local metric (analysed with SPC). Shared. */
export const wessexMetricValueEntity = defineEntity({
  name: 'region-wessex-metric-value',
  collection: 'region-wessex-metric-values',
  domain: 'improvement',
  description: 'One value of a Wessex local metric',
  schema: z
    .object({
      metric: z.string().regex(/^[a-z0-9-]{1,60}$/),
      date: IsoDate,
      value: z.number(),
    })
    .strict(),
  filters: ['metric'],
  ownedBy: 'region',
});

/** A member organisation of Wessex AHSN (seeded from the ODS trusts of local office Q70). Shared. */
export const wessexMemberEntity = defineEntity({
  name: 'region-wessex-member',
  collection: 'region-wessex-members',
  domain: 'improvement',
  description: 'A member organisation of Wessex AHSN, by ODS code',
  schema: z
    .object({
      odsCode: z.string().regex(/^[A-Z0-9]{3,5}$/),
      name: z.string().min(1).max(200),
      town: z.string().max(100).optional(),
      postcode: z.string().max(10).optional(),
      since: IsoDate,
    })
    .strict(),
  filters: ['odsCode'],
  ownedBy: 'region',
});

/**
 * A conversation with a member organisation: who, how to reach them, what was said. Kept `local`:
 * the records never enter the change log and never leave the instance.
 */
export const wessexEngagementEntity = defineEntity({
  name: 'region-wessex-engagement',
  collection: 'region-wessex-engagements',
  domain: 'improvement',
  description: 'A conversation with a member organisation (kept local: contact details)',
  schema: z
    .object({
      odsCode: z.string().regex(/^[A-Z0-9]{3,5}$/),
      contactName: z.string().min(1).max(200),
      contactEmail: z.email().max(200),
      contactPhone: z.string().max(30).optional(),
      on: IsoDate,
      notes: z.string().max(4000).default(''),
    })
    .strict(),
  policy: { contactName: 'local', contactEmail: 'local', contactPhone: 'local', notes: 'local' },
  filters: ['odsCode'],
  ownedBy: 'region',
});
