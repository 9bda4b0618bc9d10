/**
 * Whether instance `instance` speaks for `network` (may write the records that belong to it:
 * business plans, assurance returns, offers, memberships, ...). A region's instance id names its
 * network (`ahsn-<key>` / `ldp-<key>` is the key of the seeded network): it speaks for that one,
 * for the improvement coalition it convenes (whose `ahsnId` is that network: `parentKey`), and for
 * networks it owns. The hub speaks for every network. Any other instance (a `local` or test
 * instance, not bound to a network) speaks for every network: nothing names the one it would be.
 * @example speaksForNetwork('ahsn-wessex', { key: 'ahsn-oxford', owner: 'hub' }) // false
 */
export function speaksForNetwork(
  instance: string,
  network: { key?: unknown; owner?: unknown; parentKey?: unknown },
): boolean {
  if (!isNetworkInstance(instance)) return true;
  return network.key === instance || network.parentKey === instance || network.owner === instance;
}

/** Whether an instance id is bound to a network (`ahsn-<key>`, `ldp-<key>`). */
export function isNetworkInstance(instance: string): boolean {
  return /^(ahsn|ldp)-[a-z0-9-]+$/.test(instance);
}
