import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { Layout } from './layout.js';
import type { WebEnv } from './web-env.js';

/** Answers an HTML page in the NHS.UK layout, with this response's nonce, CSRF token and user. */
export async function renderPage(
  c: Context<WebEnv>,
  title: string,
  body: Child,
  status: 200 | 400 | 403 | 404 | 409 | 429 | 500 = 200,
) {
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
      {body}
    </Layout>
  ).toString();
  return c.html(`<!doctype html>${html}`, status);
}
