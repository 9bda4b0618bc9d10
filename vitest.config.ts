import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Run every package from its sources: the custom export condition first, then Vite's defaults
// (setting `conditions` replaces the defaults, so they are listed again).
const conditions = [
  '@tessera/source',
  'module',
  'node',
  'import',
  'default',
  'development|production',
];

const project = (name: string, dir: string, extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, include: [`${dir}/**/*.test.ts`], ...extra },
});

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    // instances log only warnings and errors in tests (request lines are info)
    env: { TESSERA_LOG_LEVEL: 'warn' },
    // at least two files at once: many wait on child processes, servers and browsers, not the CPU
    // (vitest's default, one less than the cores, is one file at a time on a two-core machine)
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      project('core', 'packages/core/src'),
      project('store', 'packages/store/src'),
      project('plugin', 'packages/plugin/src'),
      project('sync', 'packages/sync/src'),
      project('server', 'packages/server/src'),
      project('client', 'packages/client/src'),
      project('cli', 'packages/cli/src'),
      project('apps', 'apps'),
      project('plugins', 'plugins'),
      project('examples', 'examples'),
      project('tools', 'tools'),
      project('sync-e2e', 'tests/sync', { testTimeout: 120_000, hookTimeout: 120_000 }),
      project('security', 'tests/security', { testTimeout: 90_000, hookTimeout: 60_000 }),
    ],
  },
});
