import { defineConfig } from '@tessera/cli/config';
import { definePlugin } from '@tessera/plugin';

/** A plugin written for the first plugin API. */
const legacyPlugin = definePlugin({ id: 'legacy-notes', version: '1.4.0', apiVersion: 1 });

export default defineConfig({ instance: 'ahsn-wessex', plugins: [legacyPlugin()] });
