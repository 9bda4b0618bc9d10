import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';

export const TalentPoolScope = z.enum(['national', 'local']);
export type TalentPoolScope = z.infer<typeof TalentPoolScope>;

/**
 * A talent pool: national (the hub's pipeline for the most senior posts) or local (an LDP's, with
 * `networkId` naming the network). Local pools are the usual case, so records are region-owned;
 * the hub owns the national ones it creates.
 */
export const talentPoolEntity = defineEntity({
  name: 'talent-pool',
  collection: 'talent-pools',
  domain: 'talent',
  description: 'A national or local talent pool',
  schema: z.strictObject({
    name: z.string().trim().min(1).max(200),
    scope: TalentPoolScope,
    /** The LDP (or other network) a local pool belongs to. */
    networkId: Ref.optional(),
    description: z.string().max(4000).optional(),
  }),
  filters: ['scope', 'networkId'],
  ownedBy: 'region',
  references: { networkId: 'network' },
  authority: 'regional',
});

export type TalentPool = z.infer<typeof talentPoolEntity.schema>;
