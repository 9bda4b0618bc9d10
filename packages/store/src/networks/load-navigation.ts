import {
  NotFoundError,
  navigate,
  type Membership,
  type Navigation,
  type Network,
  type Offer,
  type Organisation,
  type WithId,
} from '@tessera/core';
import type { StoredRecord } from '../repository/entity-repository.js';
import type { Store } from '../store.js';

/** The organisation with an ODS code (any case), or a `NotFoundError` naming the code. */
export async function organisationByOds(store: Store, odsCode: string): Promise<StoredRecord> {
  const code = odsCode.trim().toUpperCase();
  const [organisation] = await store.repo('organisation').all({ odsCode: code });
  if (!organisation)
    throw new NotFoundError(`No organisation with ODS code ${code}`, { odsCode: code });
  return organisation;
}

/**
 * Loads what the navigator needs for one stored organisation and runs it: its memberships and
 * their networks, the networks of its geography, its AHSN's coalition, and their offers.
 * @example await loadNavigation(store, await organisationByOds(store, 'RJZ'), '2015-07-01')
 */
export async function loadNavigation(
  store: Store,
  organisation: StoredRecord,
  asOf: string,
): Promise<Navigation> {
  const memberships = await store.repo('membership').all({ organisationId: organisation.id });
  const networkIds = [...new Set(memberships.map((m) => m['networkId'] as string))];
  const direct = (await Promise.all(networkIds.map((id) => store.repo('network').get(id)))).filter(
    (n) => n !== undefined,
  );
  // fallbacks of the navigator: networks of the organisation's geography, the coalition of its AHSN
  const byGeography = organisation['geographyId']
    ? await store.repo('network').all({ geographyId: organisation['geographyId'] as string })
    : [];
  const ahsnIds = direct.filter((n) => n['type'] === 'ahsn').map((n) => n.id);
  const coalitions = (
    await Promise.all(ahsnIds.map((id) => store.repo('network').all({ ahsnId: id })))
  ).flat();
  const networks = [
    ...new Map([...direct, ...byGeography, ...coalitions].map((n) => [n.id, n])).values(),
  ];
  const offers = (
    await Promise.all(networks.map((n) => store.repo('offer').all({ networkId: n.id })))
  ).flat();
  return navigate({
    organisation: organisation as unknown as WithId<Organisation>,
    memberships: memberships as unknown as Membership[],
    networks: networks as unknown as WithId<Network>[],
    offers: offers as unknown as WithId<Offer>[],
    asOf,
  });
}
