import { z } from 'zod';
import { defineEntity } from '../entity/define-entity.js';
import { PROTECTED_CHARACTERISTICS } from './protected-characteristics.js';

/**
 * The share of the population served in one category of a protected characteristic, for a
 * geography (para 103: leaders who reflect the population they serve). Imported from CSV.
 */
export const populationBenchmarkEntity = defineEntity({
  name: 'population-benchmark',
  collection: 'population-benchmarks',
  domain: 'talent',
  description:
    'Population share per category of a protected characteristic, for a geography (e.g. an LDP footprint), as the benchmark for diversity',
  schema: z
    .object({
      geography: z.string().min(1).max(120),
      characteristic: z.enum(PROTECTED_CHARACTERISTICS),
      category: z.string().min(1).max(80),
      share: z.number().min(0).max(1),
      source: z.string().max(200).optional(),
    })
    .strict(),
  filters: ['geography', 'characteristic'],
  ownedBy: 'hub',
  authority: 'national',
});
export type PopulationBenchmark = z.infer<typeof populationBenchmarkEntity.schema>;
