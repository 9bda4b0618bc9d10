import { naturalId } from '@tessera/core';

/** Deterministic network keys: unique across network types. */
export const networkKey = {
  ahsn: (k: string) => `ahsn-${k}`,
  coalition: (ahsn: string) => `coalition-${ahsn}`,
  senate: (geo: string) => `senate-${geo}`,
  clinicalNetwork: (geo: string, area: string) => `cn-${geo}-${area.replace(/_/g, '-')}`,
  ldp: (k: string) => `ldp-${k}`,
};
/** Region keys are prefixed: 'london' is both a region and a senate geography. */
export const regionKey = (k: string) => `region-${k}`;
/** The seeded id of a network, by its key. */
export const nid = (key: string) => naturalId('network', key);
/** The seeded id of a geography, by its key. */
export const gid = (key: string) => naturalId('geography', key);

/** Collects a fact for the seed to write: entity, deterministic id, fields. */
export type Put = (entity: string, id: string, fields: Record<string, unknown>) => void;
/** Marks a fact an earlier seed made and this one no longer makes: it is tombstoned. */
export type Retire = (entity: string, id: string) => void;
