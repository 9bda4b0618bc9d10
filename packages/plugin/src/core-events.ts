/**
 * The core's entities and their domains, as types: the names of the events a plugin can subscribe
 * to are checked at compile time (`networks.membership.created`, not `membership.created`).
 * A test holds this list to the core catalogue.
 */
export const CORE_ENTITY_DOMAINS = {
  geography: 'networks',
  organisation: 'networks',
  network: 'networks',
  membership: 'networks',
  'business-plan': 'networks',
  offer: 'networks',
  'national-body': 'governance',
  'governing-board': 'governance',
  'board-member': 'governance',
  'accountability-line': 'governance',
  recommendation: 'governance',
  'assurance-return': 'governance',
  'assessment-decision': 'governance',
  'finance-allocation': 'governance',
  'savings-target': 'governance',
  'national-strategy': 'strategies',
  priority: 'strategies',
  'organisation-strategy': 'strategies',
  'local-delivery-plan': 'strategies',
  'alignment-link': 'strategies',
  programme: 'talent',
  cohort: 'talent',
  participant: 'talent',
  enrolment: 'talent',
  'evaluation-goal': 'talent',
  coach: 'talent',
  mentee: 'talent',
  'talent-pool': 'talent',
  'talent-pool-member': 'talent',
  'senior-post': 'talent',
  'succession-plan': 'talent',
  'nine-box': 'talent',
  'population-benchmark': 'talent',
  'diversity-aggregate': 'talent',
  leader: 'talent',
  'improvement-project': 'improvement',
  'pdsa-cycle': 'improvement',
  measure: 'improvement',
  'measure-value': 'improvement',
  'capability-assessment': 'improvement',
  intervention: 'improvement',
  'improvement-resource': 'improvement',
  expert: 'improvement',
  'shared-expert': 'improvement',
  enquiry: 'improvement',
} as const;

export type CoreEntityName = keyof typeof CORE_ENTITY_DOMAINS;
export type RecordOp = 'created' | 'updated' | 'deleted';

/** What a record event says: which record changed (never its fields; fetch the record if needed). */
export interface RecordEvent<E extends string = string> {
  /** `<domain>.<entity>.<created|updated|deleted>`, e.g. `networks.membership.created`. */
  name: string;
  entity: E;
  op: RecordOp;
  id: string;
  version: number;
  owner: string;
}

/** Every event of the core, by name, with what its handler receives. */
export type CoreEvents = {
  [E in CoreEntityName as `${(typeof CORE_ENTITY_DOMAINS)[E]}.${E}.${RecordOp}`]: RecordEvent<E>;
};

export type CoreEventName = keyof CoreEvents;
