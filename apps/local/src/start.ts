// A local instance (an AHSN or LDP) with its plugins. Configure with environment variables:
// TESSERA_INSTANCE (required), TESSERA_DB, TESSERA_PORT, TESSERA_HOST, TESSERA_SEED.
import { parseOrThrow } from '@tessera/core';
import { startInstance } from '@tessera/cli';
import { membershipPlugin } from '@tessera/plugin-membership';
import { LocalConfig } from './config.js';

const config = parseOrThrow(LocalConfig, process.env, 'Invalid configuration');
const running = await startInstance({
  db: config.TESSERA_DB,
  port: config.TESSERA_PORT,
  host: config.TESSERA_HOST,
  instance: config.TESSERA_INSTANCE,
  role: 'local',
  ...(config.TESSERA_SEED === 'england' ? { seed: 'england' } : {}),
  ...(config.TESSERA_DB_AUTH_TOKEN ? { dbAuthToken: config.TESSERA_DB_AUTH_TOKEN } : {}),
  plugins: [membershipPlugin({ invoiceDueDays: 30 })],
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void running.close().then(() => process.exit(0)));
