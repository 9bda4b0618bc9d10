import { defineConfig } from 'tsup';

/**
 * The `tessera` binary is one bundle (with chunks for the commands it loads lazily): Node resolves
 * and reads one file instead of hundreds across zod, drizzle and hono, which halves its start-up.
 * Left out: libSQL's native binding. Packages find their own files (migrations,
 * seed data, the sync screening worker, Swagger UI) from their folder, by name.
 */
export default defineConfig({
  entry: ['src/index.ts', 'src/bin.ts', 'src/config.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  splitting: true,
  // everything but libSQL's native binding (a dependency of this package, so that it resolves from here)
  // and jiti (loaded only to read a TypeScript config file under plain node)
  noExternal: [/^(?!(libsql|jiti)(\/|$))/],
  external: [/^(libsql|jiti)(\/|$)/],
  // bundled CommonJS modules (commander, cli-progress) call require
  banner: {
    js: "import { createRequire as __tesseraRequire } from 'node:module';\nconst require = __tesseraRequire(import.meta.url);",
  },
});
