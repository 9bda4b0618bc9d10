import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref, Text } from '../common/primitives.js';

/**
 * A person in the one-stop shop's directory, connecting people by expertise (rec 8.iii). Opt-in
 * only: no `optedInOn`, no record (opting out deletes it). Name, contact details and biography
 * are `local`, so they never leave the region; the hub sees expertise and organisation only.
 */
export const expertEntity = defineEntity({
  name: 'expert',
  collection: 'experts',
  domain: 'improvement',
  description: 'An opted-in person of the people directory, with their improvement expertise',
  schema: z
    .object({
      name: Text(200),
      email: z.email().max(254),
      phone: z
        .string()
        .trim()
        .max(30)
        .regex(/^[0-9+()\s-]{6,30}$/, 'expected a phone number')
        .optional(),
      organisationId: Ref,
      expertise: z.array(z.string().trim().toLowerCase().min(1).max(100)).min(1).max(30),
      optedInOn: IsoDate,
      bio: z.string().max(2000).optional(),
    })
    .strict(),
  policy: { name: 'local', email: 'local', phone: 'local', bio: 'local' },
  readAccess: 'viewer',
  filters: ['organisationId'],
  ownedBy: 'region',
  references: { organisationId: 'organisation' },
  authority: 'regional',
});
export type Expert = z.infer<typeof expertEntity.schema>;
