import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { Ref } from '../common/primitives.js';

/** Leadership levels, from entry to system leadership (DESIGN.md "talent"). */
export const PROGRAMME_LEVELS = [
  'entry',
  'first_line',
  'middle',
  'senior',
  'executive',
  'system',
] as const;
export const ProgrammeLevel = z.enum(PROGRAMME_LEVELS);
export type ProgrammeLevel = z.infer<typeof ProgrammeLevel>;

/**
 * A nationally commissioned leadership programme in the hub's catalogue (e.g. Mary Seacole,
 * Nye Bevan). Delivered locally by an LDP, or nationally when `deliveredBy` is absent.
 */
export const programmeEntity = defineEntity({
  name: 'programme',
  collection: 'programmes',
  domain: 'talent',
  description: 'A leadership development programme in the national catalogue',
  schema: z.strictObject({
    name: z.string().trim().min(1).max(200),
    level: ProgrammeLevel,
    /** Professions the programme is open to (multi-professional: several). */
    professions: z.array(z.string().trim().min(1).max(100)).max(50),
    /** The commissioning body, e.g. `NHS Leadership Academy`. */
    commissionedBy: z.string().trim().min(1).max(200),
    /** The delivering LDP network's id; absent for national delivery. */
    deliveredBy: Ref.optional(),
    /** Cost of one place, GBP (absent until commissioned: the 2015 catalogue gives no prices). */
    costPerPlace: z.number().nonnegative().max(1_000_000).optional(),
    description: z.string().max(4000),
  }),
  filters: ['level', 'deliveredBy'],
  ownedBy: 'hub',
  references: { deliveredBy: 'network' },
  authority: 'national',
});

export type Programme = z.infer<typeof programmeEntity.schema>;
