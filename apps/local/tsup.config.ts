import { defineConfig } from 'tsup';

/**
 * The deployment is one bundle, like the `tessera` binary (a fraction of the start-up of loading
 * hundreds of files). Left out: libSQL's native binding and jiti. Packages find their own files
 * (migrations, seed data, the sync screening worker, Swagger UI) from their folder, by name: they
 * are this app's dependencies.
 */
export default defineConfig({
  entry: ['src/start.ts'],
  format: ['esm'],
  target: 'node20',
  clean: true,
  splitting: false,
  noExternal: [/^(?!(libsql|jiti)(\/|$))/],
  external: [/^(libsql|jiti)(\/|$)/],
  banner: {
    js: "import { createRequire as __appRequire } from 'node:module';\nconst require = __appRequire(import.meta.url);",
  },
});
