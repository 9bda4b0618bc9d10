import { defineConfig } from '@tessera/cli/config';
import { membershipPlugin } from '@tessera/plugin-membership';

// `invoiceDays` is not an option of the membership plugin (`invoiceDueDays` is)
export default defineConfig({
  instance: 'ahsn-wessex',
  plugins: [membershipPlugin({ invoiceDays: 30 } as never)],
});
