import { type Context, Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Navigation } from '@tessera/core';
import { callApi, PageError } from '../api-client.js';
import { field, readForm } from '../auth/guards.js';
import { RateLimiter } from '../auth/rate-limit.js';
import { renderPage } from '../render-page.js';
import type { WebEnv } from '../web-env.js';
import { checkEnquiry, createRoutedEnquiry } from './create-enquiry.js';
import { OrganisationIndex } from './organisation-index.js';
import { OrganisationPage } from './organisation-page.js';
import { HomePage, SearchResults, AskedPage } from './home-page.js';

const ODS = /^[A-Za-z0-9]{3,10}$/;

/** The navigator for everyone: `/`, `/search`, `/organisations/{odsCode}` and "ask for help". */
export function publicRoutes(): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  let index: OrganisationIndex | undefined;
  const orgs = (c: { var: WebEnv['Variables'] }) => (index ??= new OrganisationIndex(c.var.store));
  // at most 5 questions a minute from one address
  const asks = new RateLimiter(5, 60_000);

  app.get('/', (c) => renderPage(c, 'Find help for your organisation', <HomePage />));

  app.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const hits = await orgs(c).search(q);
    if (hits.length === 1)
      return c.redirect(`/organisations/${encodeURIComponent(hits[0]!.odsCode)}`, 303);
    return renderPage(
      c,
      `Search results for ${q || 'nothing'}`,
      <SearchResults q={q} hits={hits} />,
    );
  });

  app.get('/search/suggest', async (c) => {
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const hits = await orgs(c).search(q, 10);
    return c.json({ items: hits.map((h) => ({ odsCode: h.odsCode, name: h.name })) });
  });

  const navigation = async (c: Context<WebEnv>, ods: string) => {
    if (!ODS.test(ods)) throw new PageError(404, `There is no organisation with ODS code ${ods}`);
    const r = await callApi<Navigation>(
      c,
      'GET',
      `/navigator/${encodeURIComponent(ods.toUpperCase())}`,
    );
    if (r.status === 404)
      throw new PageError(404, `There is no organisation with ODS code ${ods.toUpperCase()}`);
    if (!r.ok) throw new PageError(r.status, 'The navigator could not answer');
    return r.data;
  };

  app.get('/organisations/:ods', async (c) => {
    const nav = await navigation(c, c.req.param('ods'));
    return renderPage(c, nav.organisation.name, <OrganisationPage nav={nav} csrf={c.var.csrf} />);
  });

  app.post('/organisations/:ods/ask', async (c) => {
    const form = await readForm(c);
    const address = addressOf(c);
    if (!asks.allow(address))
      throw new PageError(429, 'Too many questions from your network: wait a minute and try again');
    const nav = await navigation(c, c.req.param('ods'));
    // the honeypot: people never see it, robots fill it; they get the same answer and nothing is kept
    if (field(form, 'website')) return renderPage(c, 'Question sent', <AskedPage nav={nav} />);
    const at = new Date().toISOString();
    const input = {
      topic: field(form, 'topic'),
      question: field(form, 'question'),
      contactName: field(form, 'contactName'),
      contactEmail: field(form, 'contactEmail'),
    };
    const checked = checkEnquiry(nav.organisation.id, input, at);
    if ('errors' in checked)
      return renderPage(
        c,
        `Error: ${nav.organisation.name}`,
        <OrganisationPage nav={nav} csrf={c.var.csrf} errors={checked.errors} values={input} />,
        400,
      );
    const enquiry = await createRoutedEnquiry(c.var.store, nav, checked.fields, at);
    return renderPage(
      c,
      'Question sent',
      <AskedPage nav={nav} routedTo={enquiry['routedToNetworkId'] as string} />,
    );
  });
  return app;
}

/** The client's address for rate limiting (the socket's; 'unknown' outside Node's server). */
function addressOf(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
