import { newId } from '@tessera/core';
import { enquiryGenerators } from './enquiries.js';
import {
  emptyRefs,
  type EntityGenerator,
  type GeneratedRecord,
  type GenerationState,
} from './generation-state.js';
import { governanceGenerators } from './governance.js';
import { improvementGenerators } from './improvement.js';
import type { GenerationWorld } from './load-world.js';
import { networkGenerators } from './networks.js';
import { GENERATED_ENTITIES, planCounts } from './plan.js';
import { Prng } from './prng.js';
import { strategyGenerators } from './strategies.js';
import { talentGenerators } from './talent.js';

const GENERATORS: Readonly<Record<string, EntityGenerator>> = {
  ...networkGenerators,
  ...strategyGenerators,
  ...governanceGenerators,
  ...talentGenerators,
  ...improvementGenerators,
  ...enquiryGenerators,
};

export interface GenerateOptions {
  /** The PRNG seed: the same seed (and world) gives the same records, field for field. */
  seed: number;
  /** Shares of each entity (default `DEFAULT_MIX`). */
  mix?: Readonly<Record<string, number>>;
  /** Record ids (default UUIDv7: new ids on every run, so runs never collide). */
  newId?: () => string;
}

/**
 * Exactly `n` realistic records of the instance's region, parents before the records that refer to
 * them, lazily (memory stays flat however many). Deterministic for a seed, apart from ids.
 * @example for (const r of generateRecords(world, 1000, { seed: 1 })) console.log(r.entity, r.fields)
 */
export function* generateRecords(
  world: GenerationWorld,
  n: number,
  options: GenerateOptions,
): Generator<GeneratedRecord> {
  const plan = planCounts(n, options.mix);
  const root = new Prng(options.seed);
  // one generator per entity, forked in a fixed order: an entity's draws never depend on the others' counts
  const rngs = new Map(GENERATED_ENTITIES.map((e) => [e, root.fork()]));
  const state: GenerationState = {
    world,
    plan,
    refs: emptyRefs(),
    rng: (entity) => rngs.get(entity)!,
    newId: options.newId ?? (() => newId(world.instance)),
  };
  for (const entity of GENERATED_ENTITIES) {
    const count = plan.get(entity) ?? 0;
    if (count > 0) yield* GENERATORS[entity]!(state, count);
  }
}
