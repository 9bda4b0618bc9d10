import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runCli } from './program.js';
import { startInstance, type RunningInstance } from './commands/serve.js';

const dirs: string[] = [];
const running: RunningInstance[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tessera-cli-'));
  dirs.push(d);
  return d;
};
const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
};
const start = async (db: string, instance = 'hub', role: 'hub' | 'local' = 'hub', seed = true) => {
  const lines: string[] = [];
  const r = await startInstance(
    { db, port: 0, host: '127.0.0.1', instance, role, ...(seed ? { seed: 'england' } : {}) },
    (l) => lines.push(l),
  );
  running.push(r);
  return { r, lines };
};

describe('tessera CLI', () => {
  it('token create prints only the token, and the token works', async () => {
    const db = `file:${join(tmp(), 'hub.db')}`;
    const { r } = await start(db);
    const c = capture();
    expect(await runCli(['token', 'create', '--db', db, '--role', 'viewer'], c.io)).toBe(0);
    expect(c.out).toHaveLength(1);
    expect(c.out[0]).toMatch(/^tsr_[A-Za-z0-9_-]{43}$/);
    const res = await fetch(`${r.url}/api/v1/board-members`, {
      headers: { authorization: `Bearer ${c.out[0]}` },
    });
    expect(res.status).toBe(200);
  });

  it('refuses unknown options, bad roles and bad URLs with one clear line and a non-zero exit', async () => {
    const c = capture();
    expect(await runCli(['serve', '--instance', 'x', '--bogus'], c.io)).not.toBe(0);
    expect(c.err.join('\n')).toContain("unknown option '--bogus'");
    const d = capture();
    expect(
      await runCli(
        ['token', 'create', '--db', `file:${join(tmp(), 'x.db')}`, '--role', 'god'],
        d.io,
      ),
    ).not.toBe(0);
    expect(d.err.join('\n')).toContain('god');
    const e = capture();
    expect(await runCli(['migrate', '--db', 'mysql://localhost/x', '--instance', 'x'], e.io)).toBe(
      1,
    );
    expect(e.err.join('\n')).toContain('Unsupported database URL');
    const f = capture();
    expect(await runCli(['migrate', '--db', `file:${join(tmp(), 'new.db')}`], f.io)).toBe(1);
    expect(f.err.join('\n')).toContain('--instance');
  });

  it('reports a busy port clearly', async () => {
    const { r } = await start(`file:${join(tmp(), 'a.db')}`, 'hub', 'hub', false);
    const port = (r.server.address() as AddressInfo).port;
    await expect(
      startInstance(
        {
          db: `file:${join(tmp(), 'b.db')}`,
          port,
          host: '127.0.0.1',
          instance: 'hub',
          role: 'hub',
        },
        () => {},
      ),
    ).rejects.toThrow(/already in use/);
  });

  it('creates the first admin token once, keeps every record across a restart, and isolates two files', async () => {
    const dir = tmp();
    const db = `file:${join(dir, 'hub.db')}`;
    const first = await start(db);
    expect(first.r.firstAdminToken).toMatch(/^tsr_/);
    expect(first.lines.join('\n')).toContain(first.r.firstAdminToken!);
    const admin = first.r.firstAdminToken!;
    const post = await fetch(`${first.r.url}/api/v1/organisations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'University of Tessera', type: 'university' }),
    });
    expect(post.status).toBe(201);
    const count = async (url: string) => {
      let n = 0;
      let cursor: string | null = null;
      do {
        const page = (await (
          await fetch(`${url}/api/v1/organisations?limit=500${cursor ? `&cursor=${cursor}` : ''}`)
        ).json()) as { items: unknown[]; nextCursor: string | null };
        n += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      return n;
    };
    expect(await count(first.r.url)).toBe(239);
    await first.r.close();
    running.splice(running.indexOf(first.r), 1);

    const again = await start(db); // seeding again changes nothing
    expect(again.r.firstAdminToken).toBeUndefined();
    expect(again.lines.join('\n')).toContain('0 created, 0 updated');
    expect(await count(again.r.url)).toBe(239);
    const still = await fetch(`${again.r.url}/api/v1/audit?limit=1`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(still.status).toBe(200);

    const other = await start(`file:${join(dir, 'other.db')}`, 'hub', 'hub', false);
    expect(await count(other.r.url)).toBe(0);
    expect(
      (
        await fetch(`${other.r.url}/api/v1/audit`, {
          headers: { authorization: `Bearer ${admin}` },
        })
      ).status,
    ).toBe(401);
  });

  it('a configured suppression floor is the one the API applies, and stays after a restart without it', async () => {
    const db = `file:${join(tmp(), 'floor.db')}`;
    const threshold = async (r: RunningInstance, token: string) => {
      const res = await fetch(`${r.url}/api/v1/diversity?characteristic=sex&by=organisation`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return ((await res.json()) as { table: { threshold: number } }).table.threshold;
    };
    const lines: string[] = [];
    const first = await startInstance(
      { db, port: 0, host: '127.0.0.1', instance: 'ahsn-x', role: 'local', suppressionFloor: 12 },
      (l) => lines.push(l),
    );
    running.push(first);
    const admin = first.firstAdminToken!;
    expect(lines).toContain('Suppression floor set to 12');
    expect(await threshold(first, admin)).toBe(12);
    await first.close();
    running.splice(running.indexOf(first), 1);
    const again = await startInstance(
      { db, port: 0, host: '127.0.0.1', instance: 'ahsn-x', role: 'local' },
      () => {},
    );
    running.push(again);
    expect(await threshold(again, admin)).toBe(12);
  });

  it('refuses a hub whose instance id is not "hub"', async () => {
    await expect(
      startInstance(
        { db: ':memory:', port: 0, host: '127.0.0.1', instance: 'national', role: 'hub' },
        () => {},
      ),
    ).rejects.toThrow(/"hub"/);
  });
});
