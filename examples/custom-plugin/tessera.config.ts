// `pnpm tessera serve --config examples/custom-plugin/tessera.config.ts`
import { defineConfig } from '@tessera/cli/config';
import { siteVisitsPlugin } from './src/site-visits-plugin.js';

export default defineConfig({
  instance: 'ahsn-example',
  db: 'file:./data/custom-plugin.db',
  port: 8789,
  plugins: [siteVisitsPlugin({ welcomeVisit: true })],
});
