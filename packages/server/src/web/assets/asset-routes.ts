import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer;
}

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  json: 'application/manifest+json',
};

/** The folders the web app's files come from, found by package name (src/, dist/ or a bundle). */
function folders() {
  const server = dirname(createRequire(import.meta.url).resolve('@tessera/server/package.json'));
  const nhsuk = join(
    dirname(createRequire(join(server, 'package.json')).resolve('nhsuk-frontend/package.json')),
    'dist',
    'nhsuk',
  );
  return { nhsuk, own: join(server, 'src', 'web', 'assets') };
}

/**
 * The design system's stylesheet without its web fonts: they would come from the NHS's font CDN,
 * and the instance must work offline, so text falls back to the design system's Arial stack.
 */
export function offlineCss(css: string): string {
  return css.replace(/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}/g, '');
}

/** Loads every file the pages use, once, with its gzip form. */
function loadAssets(): Map<string, Asset> {
  const { nhsuk, own } = folders();
  const assets = new Map<string, Asset>();
  const add = (path: string, body: Buffer | string) => {
    const ext = path.slice(path.lastIndexOf('.') + 1);
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    assets.set(path, {
      type: TYPES[ext] ?? 'application/octet-stream',
      body: buf,
      gzip: gzipSync(buf, { level: 9 }),
    });
  };
  add(
    'nhsuk-frontend.css',
    offlineCss(readFileSync(join(nhsuk, 'nhsuk-frontend.min.css'), 'utf8')),
  );
  add('nhsuk-frontend.js', readFileSync(join(nhsuk, 'nhsuk-frontend.min.js')));
  for (const f of ['favicon.svg', 'favicon.ico', 'nhsuk-icon-180.png']) {
    add(`images/${f}`, readFileSync(join(nhsuk, 'assets', 'images', f)));
  }
  for (const f of [
    'nhsuk-icon-arrow-down.svg',
    'nhsuk-icon-arrow-up-down.svg',
    'nhsuk-icon-arrow-up.svg',
    'nhsuk-icon-cross.svg',
  ]) {
    add(`images/${f}`, readFileSync(join(nhsuk, 'assets', 'images', f)));
  }
  add('tessera.js', readFileSync(join(own, 'client', 'tessera.js')));
  add('tessera.css', readFileSync(join(own, 'client', 'tessera.css')));
  const icons = join(own, 'making-data-count-icons');
  for (const f of [
    'common_cause',
    'concern_high',
    'concern_low',
    'improvement_high',
    'improvement_low',
    'neutral_high',
    'neutral_low',
  ]) {
    add(`mdc/variation/${f}.svg`, readFileSync(join(icons, 'variation', `${f}.svg`)));
  }
  for (const f of ['empty', 'fail', 'inconsistent', 'pass']) {
    add(`mdc/assurance/${f}.svg`, readFileSync(join(icons, 'assurance', `${f}.svg`)));
  }
  return assets;
}

/**
 * `/assets/*`: the NHS.UK design system's CSS, JavaScript and images, the Making Data Count icons
 * and the app's own script, all from the instance itself (no CDN; works offline), gzipped once.
 */
export function assetRoutes(): Hono {
  const app = new Hono();
  let assets: Map<string, Asset> | undefined;
  app.get('/*', (c) => {
    assets ??= loadAssets();
    const path = c.req.path.replace(/^\/assets\//, '');
    const asset = assets.get(path);
    if (!asset) return c.notFound();
    const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': 'public, max-age=3600',
      vary: 'accept-encoding',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    return c.body(new Uint8Array(gzip ? asset.gzip : asset.body), 200, headers);
  });
  return app;
}

/** The compressed size of an asset, for the page-weight benchmark. */
export function assetWeight(path: string): number {
  const a = loadAssets().get(path);
  return a ? a.gzip.length : 0;
}
