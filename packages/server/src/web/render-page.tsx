import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { RenderCache } from './charts/render-cache.js';
import { gzipPieces, HtmlFragment, joinPieces, type PagePiece } from './html-fragment.js';
import { Layout } from './layout.js';
import { PageTemplate, SLOT } from './page-template.js';
import type { WebEnv } from './web-env.js';

/** Where the layout has its body (never in any user's text: a per-process secret). */
const BODY = `<!--tessera-body-${randomBytes(12).toString('hex')}-->`;

/** A page's body: markup, prepared fragments and templates, in order. */
export type PageBody =
  | Child
  | HtmlFragment
  | PageTemplate
  | (Child | HtmlFragment | PageTemplate)[];

/** The body's markup rendered, prepared fragments and templates kept as they are. */
export async function bodyPieces(body: PageBody): Promise<(PagePiece | PageTemplate)[]> {
  const parts = Array.isArray(body) ? body : [body];
  return Promise.all(
    parts.map(async (p) =>
      p instanceof HtmlFragment || p instanceof PageTemplate
        ? p
        : // biome-ignore lint/complexity/noUselessFragments: the fragment renders any child, text escaped
          String(await (<>{p}</>).toString()),
    ),
  );
}

/** A body rendered once with holes for the nonce and CSRF token, to send many times. */
export async function bodyTemplate(body: PageBody): Promise<PageTemplate> {
  return new PageTemplate(await bodyPieces(body));
}

/** The layout around a body for each title, user and page, with holes for the per-request values. */
const layouts = new RenderCache<{ head: PageTemplate; tail: PageTemplate }>(500);

function layoutOf(c: Context<WebEnv>, title: string) {
  const session = c.var.session;
  const { role, instance } = c.var;
  const path = c.req.path;
  return layouts.get([title, session?.name, session?.role, role, instance, path], () => {
    const html = `<!doctype html>${String(
      <Layout
        title={title}
        nonce={SLOT.nonce}
        csrf={SLOT.csrf}
        session={session}
        role={role}
        instance={instance}
        path={path}
      >
        {raw(BODY)}
      </Layout>,
    )}`;
    const at = html.indexOf(BODY);
    return {
      head: new PageTemplate([html.slice(0, at)]),
      tail: new PageTemplate([html.slice(at + BODY.length)]),
    };
  });
}

/**
 * Answers an HTML page in the NHS.UK layout, with this response's nonce, CSRF token and user. The
 * layout is rendered and compressed once per title, user and page; prepared fragments and
 * templates in the body are sent without rendering or compressing them again.
 */
export async function renderPage(
  c: Context<WebEnv>,
  title: string,
  body: PageBody,
  status: ContentfulStatusCode = 200,
) {
  const values = { nonce: c.var.nonce ?? '', csrf: c.var.csrf ?? '' };
  const layout = layoutOf(c, title);
  const pieces: PagePiece[] = [
    ...layout.head.fill(values),
    ...(await bodyPieces(body)).flatMap((p) => (p instanceof PageTemplate ? p.fill(values) : [p])),
    ...layout.tail.fill(values),
  ];
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
