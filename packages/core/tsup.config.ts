import { defineConfig } from 'tsup';

/** ESM and CommonJS with declarations for both (`.d.ts`, `.d.cts`); Node 20.19+. */
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // TESSERA_BUILD_JS_ONLY=1: JavaScript only, for tests that run the built apps (a fifth of the time)
  dts: !process.env['TESSERA_BUILD_JS_ONLY'],
  clean: true,
  // `import.meta.url` in the CommonJS build (packages find their own files by it)
  shims: true,
  target: 'node20',
});
