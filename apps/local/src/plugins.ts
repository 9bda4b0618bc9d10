import type { PluginInstance } from '@tessera/plugin';
import { membershipPlugin } from '@tessera/plugin-membership';
import { regionWessexPlugin } from '@tessera/plugin-region-wessex';

/** The plugins this deployment ships; TESSERA_PLUGINS chooses among them. */
export const SHIPPED_PLUGINS: Record<string, () => PluginInstance> = {
  membership: () => membershipPlugin({ invoiceDueDays: 30 }),
  'region-wessex': () => regionWessexPlugin(),
};
