import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate } from '../common/primitives.js';
import {
  AgeBand,
  Disability,
  Ethnicity,
  Religion,
  Sex,
  SexualOrientation,
} from './protected-characteristics.js';

/** Whom para 103's diversity is about: the boards and the senior post holders of organisations. */
export const LeaderRole = z.enum(['board_member', 'senior_post_holder']);
export type LeaderRole = z.infer<typeof LeaderRole>;

/**
 * A board member or senior post holder of an organisation, recorded for diversity monitoring
 * (para 103: "the diversity of the system's leaders and managers reflects the diversity of the
 * population served"). Name and every protected characteristic are `local`: they leave the
 * instance only inside suppressed aggregates.
 */
export const leaderEntity = defineEntity({
  name: 'leader',
  collection: 'leaders',
  domain: 'talent',
  description: 'A board member or senior post holder of an organisation, for diversity monitoring',
  schema: z
    .object({
      name: z.string().trim().min(1).max(200),
      organisationId: z.string().min(1).max(64),
      role: LeaderRole,
      /** e.g. `Chair`, `Non-executive director`, `Chief Executive`, `Director of Nursing`. */
      title: z.string().trim().min(1).max(200),
      since: IsoDate.optional(),
      sex: Sex,
      ageBand: AgeBand,
      ethnicity: Ethnicity,
      disability: Disability,
      sexualOrientation: SexualOrientation,
      religion: Religion,
    })
    .strict(),
  policy: {
    name: 'local',
    sex: 'local',
    ageBand: 'local',
    ethnicity: 'local',
    disability: 'local',
    sexualOrientation: 'local',
    religion: 'local',
  },
  readAccess: 'viewer',
  filters: ['organisationId', 'role'],
  ownedBy: 'region',
  references: { organisationId: 'organisation' },
});
export type Leader = z.infer<typeof leaderEntity.schema>;
