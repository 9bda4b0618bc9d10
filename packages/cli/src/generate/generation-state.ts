import type { GenerationWorld } from './load-world.js';
import type { Prng } from '@tessera/core';

/** One generated record: its entity, the id it will be stored under, and its fields (valid for the entity's schema). */
export interface GeneratedRecord {
  entity: string;
  id: string;
  fields: Record<string, unknown>;
}

/** What later records refer to, collected as earlier ones are generated. */
export interface GeneratedRefs {
  cohorts: { id: string; startDate: string; endDate: string }[];
  participants: string[];
  enrolments: { id: string; setOn: string; completed: boolean }[];
  pools: string[];
  projects: {
    id: string;
    theme: number;
    startDate: string;
    endDate: string;
    cycles: number;
    measures: number;
  }[];
  measures: { id: string; theme: number; measure: number; startDate: string; ideas: string[] }[];
}

/** Shared by the per-domain generators during one run. */
export interface GenerationState {
  world: GenerationWorld;
  /** How many records of each entity this run makes. */
  plan: ReadonlyMap<string, number>;
  refs: GeneratedRefs;
  /** The entity's own generator: its draws never depend on how many records other entities got. */
  rng(entity: string): Prng;
  newId(): string;
}

/** Makes `count` records of one entity. */
export type EntityGenerator = (state: GenerationState, count: number) => Iterable<GeneratedRecord>;

export function emptyRefs(): GeneratedRefs {
  return { cohorts: [], participants: [], enrolments: [], pools: [], projects: [], measures: [] };
}
