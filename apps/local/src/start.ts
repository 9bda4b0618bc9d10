// A local instance (an AHSN or LDP), configured by the environment alone: TESSERA_INSTANCE
// (required), TESSERA_DB, TESSERA_HOST, TESSERA_PORT, TESSERA_SEED, TESSERA_HUB with
// TESSERA_HUB_TOKEN or TESSERA_HUB_TOKEN_FILE, TESSERA_SYNC_INTERVAL, TESSERA_PLUGINS
// (membership, region-wessex; default membership). Run from the build: node dist/start.js
import { CliError, serveFromEnvironment } from '@tessera/cli';
import { SHIPPED_PLUGINS } from './plugins.js';

try {
  await serveFromEnvironment({
    role: 'local',
    plugins: SHIPPED_PLUGINS,
    defaultPlugins: ['membership'],
  });
} catch (e) {
  console.error(`tessera local: ${e instanceof CliError ? e.message : ((e as Error).stack ?? e)}`);
  process.exit(1);
}
