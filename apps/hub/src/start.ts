// The national hub (its instance id is always "hub"), configured by the environment alone:
// TESSERA_DB, TESSERA_DB_AUTH_TOKEN (a remote libSQL server), TESSERA_HOST, TESSERA_PORT,
// TESSERA_SEED, TESSERA_PLUGINS (the plugins whose shared records it accepts: membership,
// region-wessex; default both). Run from the build: node dist/start.js
import { CliError, serveFromEnvironment } from '@tessera/cli';
import { membershipPlugin } from '@tessera/plugin-membership';
import { regionWessexPlugin } from '@tessera/plugin-region-wessex';

try {
  await serveFromEnvironment({
    role: 'hub',
    plugins: {
      membership: () => membershipPlugin(),
      // the hub seeds no region's members
      'region-wessex': () => regionWessexPlugin({ seedMembers: false }),
    },
    defaultPlugins: ['membership', 'region-wessex'],
  });
} catch (e) {
  console.error(`tessera hub: ${e instanceof CliError ? e.message : ((e as Error).stack ?? e)}`);
  process.exit(1);
}
