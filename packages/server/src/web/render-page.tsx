import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { gzipPieces, HtmlFragment, joinPieces, type PagePiece } from './html-fragment.js';
import { Layout } from './layout.js';
import type { WebEnv } from './web-env.js';

/** Where a page made of parts has its body (never in any user's text: a per-process secret). */
const SLOT = `<!--tessera-body-${randomBytes(12).toString('hex')}-->`;

/** A page's body: markup, or markup and prepared fragments in order. */
export type PageBody = Child | HtmlFragment | (Child | HtmlFragment)[];

async function bodyPieces(body: PageBody): Promise<PagePiece[] | undefined> {
  const parts = body instanceof HtmlFragment ? [body] : Array.isArray(body) ? body : undefined;
  if (!parts?.some((p) => p instanceof HtmlFragment)) return undefined;
  return Promise.all(
    // biome-ignore lint/complexity/noUselessFragments: the fragment renders any child, text escaped
    parts.map(async (p) => (p instanceof HtmlFragment ? p : String(await (<>{p}</>).toString()))),
  );
}

/**
 * Answers an HTML page in the NHS.UK layout, with this response's nonce, CSRF token and user. A body
 * with prepared fragments (`HtmlFragment`) is sent without rendering or compressing them again.
 */
export async function renderPage(
  c: Context<WebEnv>,
  title: string,
  body: PageBody,
  status: 200 | 400 | 403 | 404 | 409 | 429 | 500 = 200,
) {
  const parts = await bodyPieces(body);
  const html = await (
    <Layout
      title={title}
      nonce={c.var.nonce}
      csrf={c.var.csrf}
      session={c.var.session}
      role={c.var.role}
      instance={c.var.instance}
      path={c.req.path}
    >
      {parts ? raw(SLOT) : (body as Child)}
    </Layout>
  ).toString();
  const page = `<!doctype html>${html}`;
  let pieces: PagePiece[] = [page];
  if (parts) {
    const at = page.indexOf(SLOT);
    pieces = [page.slice(0, at), ...parts, page.slice(at + SLOT.length)];
  }
  c.header('vary', 'accept-encoding');
  // zlib at once, at its fastest level: hono's compress() streams through CompressionStream, several
  // times slower here, and a large page (a measure of 500 points) costs more to pack than to render
  if (!/\bgzip\b/.test(c.req.header('accept-encoding') ?? ''))
    return c.html(joinPieces(pieces), status);
  const gz = gzipPieces(pieces);
  return c.body(new Uint8Array(gz.buffer as ArrayBuffer, gz.byteOffset, gz.length), status, {
    'content-type': 'text/html; charset=UTF-8',
    'content-encoding': 'gzip',
  });
}
