/** The national hub's instance id: the owner of national records, the only instance that writes them. */
export const HUB_INSTANCE = 'hub';
