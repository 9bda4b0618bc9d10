import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref, Text } from '../common/primitives.js';

/** What a cycle's study leads to: adopt the change, adapt it and test again, or abandon it. */
export const PdsaAct = z.enum(['adopt', 'adapt', 'abandon']);
export type PdsaAct = z.infer<typeof PdsaAct>;

/**
 * One Plan-Do-Study-Act cycle testing a change idea of an improvement project. `do` is spelled
 * `doNotes` (a reserved word makes an awkward property). Deciding `act` needs a `study` first.
 */
export const pdsaCycleEntity = defineEntity({
  name: 'pdsa-cycle',
  collection: 'pdsa-cycles',
  domain: 'improvement',
  description: 'A Plan-Do-Study-Act cycle testing one change idea of an improvement project',
  schema: z
    .object({
      projectId: Ref,
      cycleNumber: z.number().int().min(1).max(10_000),
      changeIdea: Text(300),
      plan: Text(4000),
      prediction: Text(2000),
      doNotes: z.string().max(4000).optional(),
      study: z.string().max(4000).optional(),
      act: PdsaAct.optional(),
      startDate: IsoDate,
      endDate: IsoDate.optional(),
    })
    .strict()
    .refine((c) => c.endDate === undefined || c.endDate >= c.startDate, {
      message: 'endDate must not be before startDate',
      path: ['endDate'],
    })
    .refine((c) => c.act === undefined || (c.study !== undefined && c.study.trim() !== ''), {
      message: 'record what the study found before deciding to adopt, adapt or abandon',
      path: ['study'],
    }),
  filters: ['projectId', 'act'],
  ownedBy: 'region',
  authority: 'regional',
});
export type PdsaCycle = z.infer<typeof pdsaCycleEntity.schema>;
