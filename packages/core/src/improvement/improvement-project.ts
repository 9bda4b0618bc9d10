import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { IsoDate, Ref, Text } from '../common/primitives.js';

/** The three types of improvement the review names (para 91). */
export const ImprovementType = z.enum([
  'service_improvement',
  'service_transformation',
  'service_intervention',
]);
export type ImprovementType = z.infer<typeof ImprovementType>;

export const ImprovementProjectStatus = z.enum(['planned', 'active', 'completed', 'abandoned']);
export type ImprovementProjectStatus = z.infer<typeof ImprovementProjectStatus>;

/** A secondary driver and the change ideas that act on it. */
export const SecondaryDriver = z
  .object({
    title: Text(300),
    changeIdeas: z.array(Text(300)).max(50).default([]),
  })
  .strict();

/** A primary driver of the aim and its secondary drivers. */
export const PrimaryDriver = z
  .object({
    title: Text(300),
    secondaryDrivers: z.array(SecondaryDriver).max(30).default([]),
  })
  .strict();

/** A driver diagram: the aim, what drives it (primary, then secondary drivers) and the change ideas to test. */
export const DriverDiagram = z
  .object({
    aim: Text(2000),
    primaryDrivers: z.array(PrimaryDriver).max(30).default([]),
  })
  .strict();
export type DriverDiagram = z.infer<typeof DriverDiagram>;

/** An improvement project of an organisation (para 91), with its aim and driver diagram. */
export const improvementProjectEntity = defineEntity({
  name: 'improvement-project',
  collection: 'improvement-projects',
  domain: 'improvement',
  description:
    'An improvement project (service improvement, transformation or intervention) with its aim and driver diagram',
  schema: z
    .object({
      title: Text(300),
      type: ImprovementType,
      organisationId: Ref,
      networkId: Ref.optional(),
      aim: Text(2000),
      status: ImprovementProjectStatus.default('planned'),
      startDate: IsoDate.optional(),
      endDate: IsoDate.optional(),
      driverDiagram: DriverDiagram.optional(),
    })
    .strict()
    .refine(
      (p) => p.startDate === undefined || p.endDate === undefined || p.endDate >= p.startDate,
      {
        message: 'endDate must not be before startDate',
        path: ['endDate'],
      },
    ),
  filters: ['organisationId', 'networkId', 'type', 'status'],
  ownedBy: 'region',
  references: { organisationId: 'organisation', networkId: 'network' },
  authority: 'regional',
});
export type ImprovementProject = z.infer<typeof improvementProjectEntity.schema>;

/** Every change idea of a driver diagram, in diagram order, without repeats. */
export function changeIdeasOf(diagram: DriverDiagram): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const primary of diagram.primaryDrivers) {
    for (const secondary of primary.secondaryDrivers) {
      for (const idea of secondary.changeIdeas) {
        if (seen.has(idea)) continue;
        seen.add(idea);
        out.push(idea);
      }
    }
  }
  return out;
}
