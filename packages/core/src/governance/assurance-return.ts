import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Quarter, Rag, Ref, Text } from '../common/primitives.js';

export const AssuranceStatus = z.enum(['draft', 'submitted', 'reviewed', 'signed_off']);
export type AssuranceStatus = z.infer<typeof AssuranceStatus>;
export const AssuranceAction = z.enum(['submit', 'review', 'sign_off', 'return']);
export type AssuranceAction = z.infer<typeof AssuranceAction>;

export const AssuranceStep = z
  .object({
    action: AssuranceAction,
    from: AssuranceStatus,
    to: AssuranceStatus,
    by: z.string().max(200),
    at: z.string().max(40),
    comment: z.string().max(2000).optional(),
  })
  .strict();
export type AssuranceStep = z.infer<typeof AssuranceStep>;

/** A quarterly assurance return of an AHSN or clinical network (annex G 62.d). */
export const assuranceReturnEntity = defineEntity({
  name: 'assurance-return',
  collection: 'assurance-returns',
  domain: 'governance',
  description:
    'A quarterly assurance return: deliverables and metrics with RAG ratings, through draft -> submitted -> reviewed -> signed off',
  schema: z
    .object({
      networkId: Ref,
      period: Quarter,
      overallRag: Rag.optional(),
      deliverables: z
        .array(
          z
            .object({ title: Text(300), rag: Rag, commentary: z.string().max(2000).optional() })
            .strict(),
        )
        .max(200)
        .default([]),
      metrics: z
        .array(
          z
            .object({
              name: Text(200),
              value: z.number(),
              target: z.number().optional(),
              unit: z.string().max(40).optional(),
              rag: Rag.optional(),
            })
            .strict(),
        )
        .max(200)
        .default([]),
      status: AssuranceStatus.default('draft'),
      history: z.array(AssuranceStep).default([]),
    })
    .strict(),
  filters: ['networkId', 'period', 'status'],
  ownedBy: 'region',
  networkField: 'networkId',
  references: { networkId: 'network' },
  authority: 'regional',
  readOnly: ['status', 'history'],
  lockedReason: (r) =>
    r['status'] === 'draft'
      ? undefined
      : `The return is ${String(r['status'])}: only a draft can be changed (return it for changes first)`,
});
export type AssuranceReturn = z.infer<typeof assuranceReturnEntity.schema>;
