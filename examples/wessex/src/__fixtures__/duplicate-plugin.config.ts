import { defineConfig } from '@tessera/cli/config';
import { membershipPlugin } from '@tessera/plugin-membership';
import { regionWessexPlugin } from '@tessera/plugin-region-wessex';

export default defineConfig({
  instance: 'ahsn-wessex',
  plugins: [membershipPlugin(), regionWessexPlugin(), membershipPlugin({ invoiceDueDays: 14 })],
});
