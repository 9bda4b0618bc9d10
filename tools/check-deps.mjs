#!/usr/bin/env node
// Dependency-direction check (DESIGN.md): packages may only depend "downwards", core does no I/O,
// no package reaches into another's sources, and there are no import cycles (package or file level).
// Exits 1 with one line per violation.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Allowed workspace dependencies per layer (DESIGN.md "Dependencies flow one way"). */
export const ALLOWED = {
  '@tessera/core': [],
  '@tessera/plugin': ['@tessera/core'],
  '@tessera/store': ['@tessera/core', '@tessera/plugin'],
  '@tessera/sync': ['@tessera/core', '@tessera/store', '@tessera/plugin'],
  '@tessera/server': ['@tessera/core', '@tessera/store', '@tessera/sync', '@tessera/plugin'],
  '@tessera/client': ['@tessera/core'],
  '@tessera/cli': [
    '@tessera/core',
    '@tessera/store',
    '@tessera/sync',
    '@tessera/server',
    '@tessera/plugin',
    '@tessera/client',
  ],
};
const PLUGIN_ALLOWED = ['@tessera/core', '@tessera/plugin'];
const CORE_FORBIDDEN =
  /^(node:|fs$|path$|http$|net$|child_process$|@libsql\/|drizzle-orm|hono|@hono\/)/;

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mts|tsx|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

function importsOf(file) {
  const src = readFileSync(file, 'utf8');
  const specs = [];
  const re =
    /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of src.matchAll(re)) specs.push({ spec: m[3] ?? m[4], typeOnly: Boolean(m[2]) });
  return specs;
}

function workspacePackages() {
  const pkgs = [];
  for (const group of ['packages', 'apps', 'plugins', 'examples', 'tests']) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      const pj = join(base, name, 'package.json');
      if (existsSync(pj))
        pkgs.push({ group, dir: join(base, name), json: JSON.parse(readFileSync(pj, 'utf8')) });
    }
  }
  return pkgs;
}

export function check() {
  const errors = [];
  const pkgs = workspacePackages();
  const names = new Set(pkgs.map((p) => p.json.name));
  /** Subpaths each package exports (`@tessera/store/remote-rows` is fine if the store exports `./remote-rows`). */
  const exported = new Map(
    pkgs.map((p) => [p.json.name, new Set(Object.keys(p.json.exports ?? {}))]),
  );
  const graph = new Map();
  for (const pkg of pkgs) {
    const name = pkg.json.name;
    const allowed =
      pkg.group === 'packages' ? ALLOWED[name] : pkg.group === 'plugins' ? PLUGIN_ALLOWED : null; // apps/examples: anything below them
    if (pkg.group === 'packages' && !allowed)
      errors.push(`${name}: unknown layer, add it to tools/check-deps.mjs ALLOWED`);
    // runtime dependencies must flow downwards; dev dependencies may be anything, for tests only
    const declared = Object.keys({ ...pkg.json.dependencies, ...pkg.json.peerDependencies }).filter(
      (d) => names.has(d),
    );
    const devOnly = new Set(
      Object.keys(pkg.json.devDependencies ?? {}).filter((d) => names.has(d)),
    );
    graph.set(name, new Set(declared));
    for (const d of declared)
      if (allowed && !allowed.includes(d))
        errors.push(`${name}: depends on ${d}, which is not below it`);
    const files = walk(join(pkg.dir, 'src')).concat(walk(join(pkg.dir, 'bench')));
    const fileGraph = new Map();
    for (const file of files) {
      const rel = relative(root, file);
      const edges = [];
      for (const { spec, typeOnly } of importsOf(file)) {
        if (spec.startsWith('@tessera/')) {
          const target = spec.split('/').slice(0, 2).join('/');
          if (!/\.test\.ts$/.test(file)) graph.get(name).add(target);
          const okTypeFromServer =
            name === '@tessera/client' && target === '@tessera/server' && typeOnly;
          const okInTest = /\.test\.ts$/.test(file) && devOnly.has(target);
          if (
            target !== name &&
            allowed &&
            !allowed.includes(target) &&
            !okTypeFromServer &&
            !okInTest
          )
            errors.push(
              `${rel}: imports ${spec}; ${name} may only import ${allowed.join(', ') || 'nothing from the workspace'}`,
            );
          const subpath = `.${spec.slice(target.length)}`;
          if (
            spec.split('/').length > 2 &&
            !spec.endsWith('/package.json') &&
            !exported.get(target)?.has(subpath)
          )
            errors.push(`${rel}: deep import ${spec}; use the package's exports`);
        } else if (spec.startsWith('.')) {
          // type-only imports are erased at build time: they cannot form a runtime cycle
          const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
          if (!target.startsWith(`${pkg.dir}/`))
            errors.push(`${rel}: relative import ${spec} leaves its package`);
          else if (!typeOnly)
            edges.push(
              target.endsWith('.ts')
                ? target
                : existsSync(`${target}.ts`)
                  ? `${target}.ts`
                  : join(target, 'index.ts'),
            );
        } else if (
          name === '@tessera/core' &&
          !/\.test\.ts$/.test(file) &&
          !file.includes('/__fixtures__/') &&
          CORE_FORBIDDEN.test(spec)
        ) {
          errors.push(`${rel}: core must not do I/O (imports ${spec})`);
        }
      }
      if (!/\.test\.ts$/.test(file)) fileGraph.set(file, edges);
    }
    for (const cycle of findCycles(fileGraph))
      errors.push(`${name}: import cycle ${cycle.map((f) => relative(pkg.dir, f)).join(' -> ')}`);
  }
  for (const [n, deps] of graph) for (const d of deps) if (!names.has(d)) graph.get(n).delete(d);
  for (const cycle of findCycles(
    new Map([...graph].map(([k, v]) => [k, [...v].filter((d) => d !== k)])),
  ))
    errors.push(`package cycle ${cycle.join(' -> ')}`);
  return errors;
}

function findCycles(graph) {
  const state = new Map();
  const cycles = [];
  const stack = [];
  const visit = (n) => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (!graph.has(m)) continue;
      if (state.get(m) === 1) cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.get(m)) visit(m);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const n of graph.keys()) if (!state.get(n)) visit(n);
  return cycles;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const errors = check();
  if (errors.length) {
    for (const e of errors) console.error(`check-deps: ${e}`);
    process.exit(1);
  }
  console.log('check-deps: dependencies flow one way, no cycles');
}
