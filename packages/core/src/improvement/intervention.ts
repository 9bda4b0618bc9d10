import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref } from '../common/primitives.js';

/** The bodies that intervene in organisations (para 91.c, rec 4, rec 7.vii). */
export const InterventionBody = z.enum([
  'nhs_imas',
  'intensive_support_team',
  'nhs_tda',
  'monitor',
  'nhs_england',
  'cqc',
]);
export type InterventionBody = z.infer<typeof InterventionBody>;

export const InterventionKind = z.enum([
  'turnaround',
  'special_measures',
  'intensive_support',
  'improvement_support',
  'regulatory_action',
  'other',
]);
export type InterventionKind = z.infer<typeof InterventionKind>;

/** Whether the intervention secured a sustainable improvement (para 98), judged once it has ended. */
export const InterventionOutcome = z.enum([
  'sustained_improvement',
  'improvement_not_sustained',
  'no_improvement',
  'inconclusive',
]);
export type InterventionOutcome = z.infer<typeof InterventionOutcome>;

/**
 * An intervention in an organisation by a national body (para 98: "targeted and limited ... to
 * avoid the need for repeated intervention"). National data: the hub owns the register.
 */
export const interventionEntity = defineEntity({
  name: 'intervention',
  collection: 'interventions',
  domain: 'improvement',
  description:
    'An intervention in an organisation by IMAS, an intensive support team, NHS TDA, Monitor, NHS England or CQC',
  schema: z
    .object({
      organisationId: Ref,
      body: InterventionBody,
      kind: InterventionKind,
      startDate: IsoDate,
      endDate: IsoDate.optional(),
      outcome: InterventionOutcome.optional(),
      notes: z.string().max(4000).optional(),
    })
    .strict()
    .refine((i) => i.endDate === undefined || i.endDate >= i.startDate, {
      message: 'endDate must not be before startDate',
      path: ['endDate'],
    })
    .refine((i) => i.outcome === undefined || i.endDate !== undefined, {
      message: 'an outcome is recorded once the intervention has ended',
      path: ['outcome'],
    }),
  filters: ['organisationId', 'body', 'kind', 'outcome'],
  ownedBy: 'hub',
  references: { organisationId: 'organisation' },
  authority: 'national',
});
export type Intervention = z.infer<typeof interventionEntity.schema>;
