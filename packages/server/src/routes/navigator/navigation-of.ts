import {
  membershipEntity,
  navigate,
  networkEntity,
  offerEntity,
  type EntityRecord,
  type Navigation,
  type organisationEntity,
} from '@tessera/core';
import type { Store } from '@tessera/store';
import { asRecord, readAll } from '../shared/read-helpers.js';

type NetworkRecord = EntityRecord<typeof networkEntity>;

/** A navigation of stored records: `navigate` answers with the records it was given. */
export interface RecordNavigation extends Navigation {
  organisation: EntityRecord<typeof organisationEntity>;
  ahsn: NetworkRecord | null;
  clinicalNetworks: NetworkRecord[];
  senate: NetworkRecord | null;
  ldp: NetworkRecord | null;
  improvementCoalition: NetworkRecord | null;
  offers: (EntityRecord<typeof offerEntity> & Navigation['offers'][number])[];
}

/** The networks an organisation reaches: its memberships, its geography's, its AHSN's coalitions. */
async function networksOf(store: Store, organisation: EntityRecord<typeof organisationEntity>) {
  const memberships = await readAll(store, membershipEntity, { organisationId: organisation.id });
  const networkIds = [...new Set(memberships.map((m) => m.networkId))];
  const direct = (await Promise.all(networkIds.map((id) => store.repo('network').get(id))))
    .filter((n) => n !== undefined)
    .map((n) => asRecord(networkEntity, n));
  // fallbacks of the navigator: networks of the organisation's geography, the coalition of its AHSN
  const byGeography = organisation.geographyId
    ? await readAll(store, networkEntity, { geographyId: organisation.geographyId })
    : [];
  const ahsnIds = direct.filter((n) => n.type === 'ahsn').map((n) => n.id);
  const coalitions = (
    await Promise.all(ahsnIds.map((id) => readAll(store, networkEntity, { ahsnId: id })))
  ).flat();
  const networks = [
    ...new Map([...direct, ...byGeography, ...coalitions].map((n) => [n.id, n])).values(),
  ];
  return { memberships, networks };
}

/** The navigator for a stored organisation record. */
export async function navigationOf(
  store: Store,
  organisation: EntityRecord<typeof organisationEntity>,
  asOf: string,
): Promise<RecordNavigation> {
  const { memberships, networks } = await networksOf(store, organisation);
  const offers = (
    await Promise.all(networks.map((n) => readAll(store, offerEntity, { networkId: n.id })))
  ).flat();
  return navigate({ organisation, memberships, networks, offers, asOf }) as RecordNavigation;
}
