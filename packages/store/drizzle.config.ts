import { defineConfig } from 'drizzle-kit';

// Generate migrations with `pnpm --filter @tessera/store db:generate` (runs drizzle-kit under tsx
// so the workspace resolves to sources). The SQL lands in ./drizzle and is committed.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/schema/index.ts',
  out: './drizzle',
});
