/**
 * The default logger writes to stdout in buffered writes: nothing may be lost for it. Run in a
 * child process (the logger owns the process's stdout): every line is out when the process exits,
 * and a lone line on a quiet instance still goes out within about a second.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const logger = fileURLToPath(new URL('./logger.ts', import.meta.url));

/** Runs `body` (with `createLogger` in scope) in a child; resolves with its stdout lines as they come. */
function child(body: string) {
  const p = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { createLogger } from ${JSON.stringify(logger)};\n${body}`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, TESSERA_LOG_LEVEL: 'info' } },
  );
  let out = '';
  p.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const lines = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg: string; n?: number });
  const exited = new Promise<number | null>((r) => p.on('close', (code) => r(code)));
  return { p, lines, exited };
}

describe('the default logger', () => {
  it('has written every line when the process exits', async () => {
    const c = child(
      'const log = createLogger(); for (let n = 0; n < 2000; n++) log.info({ n }, "line"); process.exit(0);',
    );
    expect(await c.exited).toBe(0);
    const ns = c.lines().map((l) => l.n);
    expect(ns).toHaveLength(2000);
    expect(ns).toEqual(Array.from({ length: 2000 }, (_, n) => n));
  }, 20_000);

  it('writes a lone line on a quiet process without waiting for more', async () => {
    // the child logs once, then idles until its stdin closes: the line must come out meanwhile
    const c = child('createLogger().info("alone"); process.stdin.resume();');
    const deadline = Date.now() + 10_000;
    while (!c.lines().some((l) => l.msg === 'alone') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const seen = c.lines().some((l) => l.msg === 'alone');
    c.p.stdin!.end();
    await c.exited;
    expect(seen).toBe(true);
  }, 20_000);
});
