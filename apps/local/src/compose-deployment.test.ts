/**
 * What compose.yaml runs, without a container engine: the built apps (dist, not tsx) started with
 * only the environment compose gives each service (container paths, host names and ports mapped
 * to this machine; the sync interval shortened), a hub and two regions that sync, and SIGTERM to
 * each leaving no process behind. Also lints the Dockerfile's essentials.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tessera-compose-'));
const compose = parse(readFileSync(join(root, 'compose.yaml'), 'utf8')) as {
  services: Record<string, { command: string[]; environment?: Record<string, string> }>;
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Service {
  name: string;
  proc: ChildProcess;
  url: string;
  output: string[];
}
const services: Service[] = [];
const ports: Record<string, number> = {};

/** A compose service's environment, mapped to this machine: /data and /tokens to a temp folder, service names to loopback. */
function environment(name: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(compose.services[name]!.environment ?? {})) {
    env[k] = String(v)
      .replace(/^file:\/data\//, `file:${dir}/`)
      .replace(/^\/tokens\//, `${dir}/tokens/`)
      .replace(/^0\.0\.0\.0$/, '127.0.0.1')
      .replace(/^http:\/\/hub:\d+$/, `http://127.0.0.1:${ports['hub']}`);
  }
  env['TESSERA_PORT'] = String(ports[name]);
  if (env['TESSERA_SYNC_INTERVAL']) env['TESSERA_SYNC_INTERVAL'] = '1';
  return env;
}

async function start(name: string): Promise<Service> {
  const [node, script] = compose.services[name]!.command as [string, string];
  expect(node).toBe('node');
  // the image holds apps/<app> at /app/<app>: hub/dist/start.js is apps/hub/dist/start.js
  const proc = spawn(process.execPath, [join(root, 'apps', script)], {
    env: { PATH: process.env['PATH'] ?? '', ...environment(name) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  proc.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  proc.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const service = { name, proc, url: `http://127.0.0.1:${ports[name]}`, output };
  services.push(service);
  await until(async () => {
    if (proc.exitCode !== null) throw new Error(`${name} exited: ${output.join('')}`);
    const r = await fetch(`${service.url}/api/v1/health/ready`).catch(() => undefined);
    return r?.ok ? true : undefined;
  }, 90_000);
  return service;
}

async function until<T>(fn: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const adminToken = (s: Service) => /^\s+(tsr_\S+)$/m.exec(s.output.join(''))?.[1];

beforeAll(async () => {
  // CI builds the apps first; a build that is up to date is a cache hit
  execFileSync(
    'pnpm',
    [
      'turbo',
      'run',
      'build',
      '--filter=@tessera/app-hub',
      '--filter=@tessera/app-local',
      '--output-logs=errors-only',
    ],
    {
      cwd: root,
      stdio: 'ignore',
      // declarations are for outside users, not the apps: a JavaScript-only build (its own cache entry)
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TESSERA_BUILD_JS_ONLY: '1' },
    },
  );
  for (const name of ['hub', 'wessex', 'oxford']) ports[name] = await freePort();
  mkdirSync(join(dir, 'tokens'));
}, 600_000);

afterAll(() => {
  for (const s of services) if (s.proc.exitCode === null) s.proc.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('compose.yaml, run from dist with environment only', () => {
  it('starts a hub and two regions that sync; SIGTERM stops each, leaving no process', async () => {
    const hub = await start('hub');
    // hub-tokens: what its command does, with the built CLI
    expect(compose.services['hub-tokens']!.command.join(' ')).toContain('token create');
    for (const region of ['ahsn-wessex', 'ahsn-oxford']) {
      const token = execFileSync(process.execPath, [
        join(root, 'packages/cli/dist/bin.js'),
        'token',
        'create',
        '--db',
        `file:${dir}/hub.db`,
        '--role',
        'sync',
        '--instance',
        region,
      ]).toString();
      writeFileSync(join(dir, 'tokens', region), token);
    }
    const [wessex, oxford] = await Promise.all([start('wessex'), start('oxford')]);
    const hubAdmin = adminToken(hub)!;
    const wessexAdmin = adminToken(wessex)!;
    expect(hubAdmin && wessexAdmin).toBeTruthy();
    // a shared record and a local one at Wessex
    const post = (path: string, json: unknown) =>
      fetch(`${wessex.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${wessexAdmin}`, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      });
    expect(
      (
        await post('/api/v1/plugins/region-wessex/region-wessex-priorities', {
          code: 'WX1',
          title: 'Care homes',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post('/api/v1/plugins/region-wessex/region-wessex-engagements', {
          odsCode: 'RHM',
          contactName: 'Pat Example',
          contactEmail: 'pat.example@example.org',
          on: '2015-10-01',
        })
      ).status,
    ).toBe(201);
    // both regions are in sync with the hub, nothing quarantined
    const status = async () =>
      (await (
        await fetch(`${hub.url}/api/v1/sync/status`, {
          headers: { authorization: `Bearer ${hubAdmin}` },
        })
      ).json()) as {
        origins?: { origin: string; records: number; quarantined: number }[];
      };
    await until(async () => {
      const s = await status();
      const w = s.origins?.find((o) => o.origin === 'ahsn-wessex');
      // 10 seeded members and the priority
      return w && w.records >= 11 && s.origins?.some((o) => o.origin === 'ahsn-oxford')
        ? true
        : undefined;
    }, 60_000);
    for (const o of (await status()).origins ?? [])
      expect([o.origin, o.quarantined]).toEqual([o.origin, 0]);
    // the hub holds the region's records once its push is in; its sync (pull included) ends after
    const metrics = await until(async () => {
      const text = await (await fetch(`${wessex.url}/metrics`)).text();
      return /^tessera_sync_last_success_timestamp_seconds [1-9]/m.test(text) ? text : undefined;
    }, 60_000);
    expect(metrics).toMatch(/^tessera_sync_quarantine_size 0$/m);
    expect(metrics).toMatch(
      /tessera_http_requests_total\{method="POST",route="\/api\/v1\/plugins\/region-wessex\/region-wessex-priorities",status="201"\} 1/,
    );
    // SIGTERM: each exits 0 and no process is left
    for (const s of [wessex, oxford, hub]) {
      const exited = new Promise<number | null>((resolve) =>
        s.proc.once('exit', (code) => resolve(code)),
      );
      s.proc.kill('SIGTERM');
      expect([s.name, await exited]).toEqual([s.name, 0]);
      expect(() => process.kill(s.proc.pid!, 0)).toThrow(/ESRCH/);
    }
    // the local record never reached the hub's database file
    const file = createClient({ url: `file:${dir}/hub.db` });
    const count = async (sql: string) => Number((await file.execute(sql)).rows[0]![0]);
    expect(await count('SELECT count(*) FROM region_wessex_engagements')).toBe(0);
    expect(
      await count("SELECT count(*) FROM region_wessex_priorities WHERE owner = 'ahsn-wessex'"),
    ).toBe(1);
    expect(await count('SELECT count(*) FROM sync_quarantine')).toBe(0);
    file.close();
  }, 240_000);
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const instructions = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'));

  it('is multi-stage, runs as a non-root user with a health check, node as PID 1', () => {
    const froms = instructions.filter((l) => /^FROM /i.test(l));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    const last = instructions.slice(instructions.lastIndexOf(froms.at(-1)!));
    const user = last.filter((l) => /^USER /i.test(l)).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER\s+(root|0)(\s|:|$)/i);
    expect(last.some((l) => /^HEALTHCHECK .*health\/ready/i.test(l))).toBe(true);
    // exec form: node itself is PID 1 (no shell in between to swallow SIGTERM)
    expect(last.filter((l) => /^CMD /i.test(l)).at(-1)).toMatch(/^CMD \["node",/);
    expect(last.some((l) => /^COPY --from=build/i.test(l))).toBe(true);
  });

  it('has its compose services start the apps the image holds', () => {
    for (const name of ['hub', 'wessex', 'oxford']) {
      const [node, script] = compose.services[name]!.command as [string, string];
      expect(node).toBe('node');
      expect(script).toMatch(/^(hub|local)\/dist\/start\.js$/);
    }
  });
});
