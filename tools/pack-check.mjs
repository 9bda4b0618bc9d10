#!/usr/bin/env node
// Pack check: what an outsider gets from `npm install @tessera/...`, tried before publishing.
//
// Builds the public packages, packs each with `pnpm pack` (as `changeset publish` does: the
// published manifest, without the workspace-only source condition), checks each with publint and
// @arethetypeswrong/cli, then installs the tarballs with plain npm into a scratch project in the
// system's temp folder (outside the workspace, so nothing resolves from it) and runs there:
//   - an ESM script using core and the client (against an instance of the installed CLI),
//   - a CommonJS script that requires core, the client and the plugin API,
//   - tsc from TypeScript 5.9 over a file using core, the client and definePlugin,
//   - a plugin throwing NotFoundError from the installed core, served by the installed CLI: 404.
// Options: --skip-build (dist is current), --keep (leave the scratch folder for a look).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tools', 'pack-check');
const PACKAGES = [
  'packages/core',
  'packages/client',
  'packages/plugin',
  'packages/store',
  'packages/sync',
  'packages/server',
  'packages/cli',
  'plugins/membership',
];
const TYPESCRIPT = 'typescript@~5.9.3';
const args = new Set(process.argv.slice(2));
const started = Date.now();
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** Runs a command; resolves with its output, rejects with it (and the command) on failure. */
function run(cmd, argv, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${argv.join(' ')} (in ${options.cwd ?? ROOT}) failed:\n${out}`)),
    );
  });
}

/** Runs `tasks` (functions returning promises) at most `limit` at a time. */
async function pool(tasks, limit) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const step = (what) =>
  console.log(`pack-check: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

/** A scratch project (ESM) with the tarballs, hono, zod, TypeScript 5.9, installed by plain npm. */
async function install(project, packed) {
  const fileSpecs = Object.fromEntries(packed.map(({ name, file }) => [name, `file:${file}`]));
  const rootManifest = JSON.parse(readFileSync(join(ROOT, 'packages/plugin/package.json'), 'utf8'));
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify(
      {
        name: 'tessera-pack-check',
        private: true,
        type: 'module',
        dependencies: {
          ...fileSpecs,
          hono: rootManifest.dependencies.hono,
          zod: rootManifest.dependencies.zod,
          typescript: TYPESCRIPT.split('@')[1],
          '@types/node': '^20.19.0',
        },
        // the packages' own dependencies on each other resolve to these tarballs, never elsewhere
        overrides: fileSpecs,
      },
      null,
      2,
    )}\n`,
  );
  for (const f of ['esm.mjs', 'cjs.cjs', 'consumer.ts', 'tsconfig.json', 'plugin-404.mjs'])
    copyFileSync(join(FIXTURES, f), join(project, f));
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', '--workspaces=false'],
    {
      cwd: project,
    },
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'tessera-pack-check-'));
try {
  if (!args.has('--skip-build')) {
    step('building the public packages');
    const filters = PACKAGES.map((p) => `--filter=./${p}`);
    await run(bin('turbo'), ['run', 'build', ...filters, '--output-logs=errors-only'], {
      cwd: ROOT,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    });
  }

  step('packing');
  const tarballs = join(scratch, 'tarballs');
  const packed = await pool(
    PACKAGES.map((dir) => async () => {
      const out = await run('pnpm', ['pack', '--pack-destination', tarballs], {
        cwd: join(ROOT, dir),
      });
      const file = out.trim().split('\n').pop().trim();
      const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8'));
      return { dir, name: manifest.name, file };
    }),
    4,
  );

  step('publint and attw on each package; npm install of the tarballs in a scratch project');
  const lint = packed.map(({ dir, file }) => async () => {
    const publint = await run(bin('publint'), ['--strict', '--pack', 'pnpm'], {
      cwd: join(ROOT, dir),
    });
    if (!/All good/.test(publint)) throw new Error(`publint ${dir}:\n${publint}`);
    // node16 and bundler resolution (Node 20.19+ and bundlers; node10 knows no subpath exports)
    await run(bin('attw'), ['--profile', 'node16', '--format', 'ascii', file], { cwd: ROOT });
  });
  const project = join(scratch, 'project');
  await Promise.all([pool(lint, 2), install(project, packed)]);
  const installed = JSON.parse(
    readFileSync(join(project, 'node_modules/@tessera/core/package.json'), 'utf8'),
  );
  if (JSON.stringify(installed).includes('@tessera/source'))
    throw new Error('the packed @tessera/core still names the @tessera/source condition');

  step('running the consumers');
  const quiet = { ...process.env, TESSERA_LOG_LEVEL: 'warn' };
  const node = (file) => run(process.execPath, [file], { cwd: project, env: quiet });
  const outputs = await Promise.all([
    node('esm.mjs'),
    node('cjs.cjs'),
    node('plugin-404.mjs'),
    run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', '.'], {
      cwd: project,
    }).then(() => 'tsc 5.9: ok'),
  ]);
  for (const o of outputs) console.log(`  ${o.trim()}`);
  step(`all good: ${packed.length} packages`);
} catch (e) {
  console.error(`pack-check: FAILED\n${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  if (args.has('--keep')) console.log(`pack-check: scratch project kept at ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
