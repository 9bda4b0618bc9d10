import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';
import {
  AgeBand,
  Disability,
  Ethnicity,
  Religion,
  Sex,
  SexualOrientation,
} from './protected-characteristics.js';

/**
 * A person taking part in leadership development. Name, email and every protected characteristic
 * are `local`: they never leave the LDP's instance except inside suppressed aggregates.
 */
export const participantEntity = defineEntity({
  name: 'participant',
  collection: 'participants',
  domain: 'talent',
  description: 'A participant in leadership development programmes',
  schema: z.strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    organisationId: Ref,
    /** e.g. `nursing`, `medical`, `allied_health`, `management`. */
    profession: z.string().trim().min(1).max(100),
    /** Agenda for Change band or grade, e.g. `7`, `8a`, `VSM`, `consultant`. */
    band: z.string().trim().min(1).max(40),
    sex: Sex,
    ageBand: AgeBand,
    ethnicity: Ethnicity,
    disability: Disability,
    sexualOrientation: SexualOrientation,
    religion: Religion,
  }),
  policy: {
    name: 'local',
    email: 'local',
    sex: 'local',
    ageBand: 'local',
    ethnicity: 'local',
    disability: 'local',
    sexualOrientation: 'local',
    religion: 'local',
  },
  readAccess: 'viewer',
  filters: ['organisationId', 'profession', 'band'],
  ownedBy: 'region',
  references: { organisationId: 'organisation' },
  authority: 'regional',
});

export type Participant = z.infer<typeof participantEntity.schema>;
