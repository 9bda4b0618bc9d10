import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { Hono } from 'hono';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Tessera API</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#docs', deepLinking: true, persistAuthorization: false, docExpansion: 'none', filter: true, tagsSorter: 'alpha' });`;

/**
 * The docs' content security policy: scripts and styles from this origin only (Swagger UI's inline
 * styles aside), API calls to this origin only, no framing, no plugins, no base or form hijack.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Interactive API docs at `/docs` (Swagger UI), served from the instance itself so they work
 * offline: no script or style comes from the network. Tokens typed into it are not kept
 * (no `persistAuthorization`: nothing in localStorage).
 */
export function docsRoutes(): Hono {
  const app = new Hono();
  // resolved from this package's folder (found by name): right from src/, dist/ and a bundle inlining this module
  const server = createRequire(import.meta.url).resolve('@tessera/server/package.json');
  const dir = dirname(createRequire(server).resolve('swagger-ui-dist/package.json'));
  const cache = new Map<string, Buffer>();
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('content-security-policy', DOCS_CSP);
  });
  app.get('/', (c) => c.html(PAGE));
  app.get('/init.js', (c) =>
    c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/assets/:file', async (c) => {
    const file = c.req.param('file');
    // own keys only: `constructor`, `__proto__`... are not assets
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!type) return c.notFound();
    let body = cache.get(file);
    if (!body) {
      body = await readFile(join(dir, file));
      cache.set(file, body);
    }
    return c.body(new Uint8Array(body), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
  return app;
}
