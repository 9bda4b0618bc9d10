// Wessex AHSN's local instance: `pnpm tessera serve --config examples/wessex/tessera.config.ts`.
// Flags and TESSERA_* variables override what is here, e.g. TESSERA_HUB and TESSERA_HUB_TOKEN to sync.
import { defineConfig } from '@tessera/cli/config';
import { membershipPlugin } from '@tessera/plugin-membership';
import { regionWessexPlugin } from '@tessera/plugin-region-wessex';

export default defineConfig({
  instance: 'ahsn-wessex',
  role: 'local',
  db: 'file:./data/wessex.db',
  port: 8787,
  seed: 'england',
  suppressionFloor: 10,
  plugins: [
    membershipPlugin({ invoiceDueDays: 30 }),
    regionWessexPlugin({ metric: 'members-engaged', since: '2015-04-01' }),
  ],
});
