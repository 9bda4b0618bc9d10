/**
 * `pnpm tessera serve` as people run it (pnpm, a shell, node with tsx as a loader, not a child
 * process): SIGTERM to the pnpm process stops the server cleanly and leaves no process behind.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tessera-signals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every process whose ancestry includes `pid`, from ps. */
function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=']).toString().trim().split('\n');
  const children = new Map<number, number[]>();
  for (const row of rows) {
    const [p, pp] = row.trim().split(/\s+/).map(Number) as [number, number];
    children.set(pp, [...(children.get(pp) ?? []), p]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('pnpm tessera serve', () => {
  it('stops cleanly on SIGTERM to the wrapper, leaving no orphan', async () => {
    const proc = spawn(
      'pnpm',
      [
        'tessera',
        'serve',
        '--db',
        `file:${join(dir, 's.db')}`,
        '--instance',
        'ahsn-signals',
        '--port',
        '0',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /Listening on (http:\/\/\S+)/.exec(out);
        if (m) {
          clearInterval(timer);
          resolve(m[1]!);
        } else if (proc.exitCode !== null) reject(new Error(out));
      }, 100);
    });
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
    const tree = descendants(proc.pid!);
    expect(tree.length).toBeGreaterThan(0);
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (c) => resolve(c)));
    proc.kill('SIGTERM');
    await exited;
    const end = Date.now() + 10_000;
    while (tree.some(alive) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    expect(tree.filter(alive)).toEqual([]);
    expect(out).toMatch(/SIGTERM: stopping/);
    await expect(fetch(`${url}/api/v1/health`)).rejects.toThrow();
  }, 60_000);
});
