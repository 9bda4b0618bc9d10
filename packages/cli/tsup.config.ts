import { defineConfig } from 'tsup';

/**
 * The library entries (`startInstance`, `runCli`; `defineConfig` at `@tessera/cli/config`) build as
 * ESM and CommonJS with declarations; the `tessera` binary is ESM only. `@tessera/*` packages stay
 * external (this package depends on them): a plugin's errors and classes from the installed
 * `@tessera/core` are the same module the server uses. Third-party modules only the CLI uses
 * (commander, cli-progress) are bundled, as is everything but libSQL's native binding and jiti
 * (loaded only to read a TypeScript config file under plain node).
 */
const REQUIRE_SHIM =
  "import { createRequire as __tesseraRequire } from 'node:module';\nconst require = __tesseraRequire(import.meta.url);";
// pino-pretty is optional (loaded only on a terminal, if installed): never bundled
const external = [/^@tessera\//, /^libsql(\/|$)/, /^jiti(\/|$)/, /^pino-pretty$/];
const noExternal = [/^(?!@tessera\/|libsql(\/|$)|jiti(\/|$)|pino-pretty$)/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', config: 'src/config.ts' },
    format: ['esm', 'cjs'],
    // TESSERA_BUILD_JS_ONLY=1: JavaScript only, for tests that run the built apps (a fifth of the time)
    dts: !process.env['TESSERA_BUILD_JS_ONLY'],
    shims: true,
    target: 'node20',
    external,
    noExternal,
    // bundled CommonJS modules (commander, cli-progress) call require in the ESM build
    banner: ({ format }) => (format === 'esm' ? { js: REQUIRE_SHIM } : {}),
  },
  {
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    target: 'node20',
    splitting: true,
    external,
    noExternal,
    banner: { js: REQUIRE_SHIM },
  },
]);
