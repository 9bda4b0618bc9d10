/**
 * The tsup options of every deployment in apps/ (each app's tsup.config.ts passes them to
 * `defineConfig`; each app's turbo.json lists this file among its build inputs).
 *
 * A deployment is one bundle, like the `tessera` binary (a fraction of the start-up of loading
 * hundreds of files). Left out: libSQL's native binding and jiti. Packages find their own files
 * (migrations, seed data, the sync screening worker, Swagger UI) from their folder, by name: they
 * are the app's dependencies.
 */
export const deploymentConfig = {
  entry: ['src/start.ts'],
  format: ['esm' as const],
  target: 'node20',
  clean: true,
  splitting: false,
  noExternal: [/^(?!(libsql|jiti)(\/|$))/],
  external: [/^(libsql|jiti)(\/|$)/],
  banner: {
    js: "import { createRequire as __appRequire } from 'node:module';\nconst require = __appRequire(import.meta.url);",
  },
};
