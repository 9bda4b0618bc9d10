/**
 * `pnpm bench:spc` (second part): POST /api/v1/spc with a 60-point series under autocannon on
 * loopback, against POST of the same body to a bare node:http server that parses it and answers
 * a fixed body (the floor of HTTP + JSON), both in their own processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const seconds = Number(process.env['BENCH_SECONDS'] ?? 8);
const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });
const stop = (c: ChildProcess) =>
  new Promise<void>((r) => {
    if (c.exitCode !== null) return r();
    c.once('exit', () => r());
    c.kill('SIGTERM');
  });
async function healthy(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} never came up`);
}

const points = Array.from({ length: 60 }, (_, i) => ({
  date: new Date(Date.UTC(2011, i, 1)).toISOString().slice(0, 10),
  value: 0.9 + 0.05 * Math.sin(i / 3) + (i > 40 ? 0.03 : 0),
}));
const body = JSON.stringify({ points, improvementDirection: 'increase', target: 0.95 });
const dir = mkdtempSync(join(tmpdir(), 'tessera-spc-bench-'));
try {
  const port = await freePort();
  const tessera = spawn(
    process.execPath,
    [
      '--conditions=@tessera/source',
      '--import',
      'tsx',
      join(root, 'packages/cli/src/bin.ts'),
      'serve',
      '--db',
      `file:${join(dir, 'a.db')}`,
      '--port',
      String(port),
      '--instance',
      'bench',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  await healthy(`http://127.0.0.1:${port}/api/v1/health`);
  const answer = await (
    await fetch(`http://127.0.0.1:${port}/api/v1/spc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
  ).text();
  const answerFile = join(dir, 'answer.json');
  writeFileSync(answerFile, answer);
  const barePort = await freePort();
  const bare = spawn(
    process.execPath,
    [
      '-e',
      `const a=require('node:fs').readFileSync(${JSON.stringify(answerFile)});require('node:http').createServer((q,s)=>{let b='';q.on('data',d=>b+=d);q.on('end',()=>{if(b)JSON.parse(b);s.writeHead(200,{'content-type':'application/json'});s.end(a)})}).listen(${barePort},'127.0.0.1')`,
    ],
    { stdio: 'ignore' },
  );
  await healthy(`http://127.0.0.1:${barePort}/`);
  const run = async (url: string) => {
    await autocannon({
      url,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      connections: 10,
      duration: 1,
    });
    const r = await autocannon({
      url,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      connections: 10,
      duration: seconds,
    });
    if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    return r.requests.average;
  };
  const bareRps = await run(`http://127.0.0.1:${barePort}/api/v1/spc`);
  const spcRps = await run(`http://127.0.0.1:${port}/api/v1/spc`);
  await stop(bare);
  await stop(tessera);
  console.log(
    `\nPOST /api/v1/spc, 60 points (${body.length} bytes in, ${answer.length} out), 10 connections, ${seconds}s each`,
  );
  console.log(
    `  bare node:http (parse JSON, fixed answer)  ${bareRps.toFixed(0).padStart(7)} req/s`,
  );
  console.log(
    `  tessera (validate, analyse, answer)        ${spcRps.toFixed(0).padStart(7)} req/s`,
  );
  console.log(`  ratio                                      ${(spcRps / bareRps).toFixed(2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
