import { Breadcrumb } from '../components/breadcrumb.js';
import { type Context, Hono } from 'hono';
import { PageError } from '../api-client.js';
import { signedInOnly } from '../auth/guards.js';
import { sendCsv } from '../components/csv.js';
import { dataCacheOf } from '../data-cache.js';
import { HtmlFragment } from '../html-fragment.js';
import { renderPage } from '../render-page.js';
import type { WebEnv } from '../web-env.js';
import { loadNational } from './national-data.js';
import { FIGURES } from './national-figures.js';
import { FigureTable } from './figure-section.js';
import { NationalPage } from './national-page.js';

/** The national picture at the hub, for signed-in users only. */
export function nationalRoutes(): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  // the same for every signed-in user (the API's national views are aggregates), so shared
  const data = (c: Context<WebEnv>) =>
    dataCacheOf(c.var.store, 'national').get('data', () => loadNational(c));
  const html = (c: Context<WebEnv>) =>
    dataCacheOf(c.var.store, 'national').get(
      'html',
      async () => new HtmlFragment(String(await (<NationalPage d={await data(c)} />).toString())),
    );
  app.use('*', signedInOnly);
  app.get('/', async (c) => renderPage(c, 'The national picture', await html(c)));
  app.get('/:figure', async (c) => {
    const param = c.req.param('figure');
    const csv = param.endsWith('.csv');
    const key = csv ? param.slice(0, -4) : param;
    const figure = Object.hasOwn(FIGURES, key) ? FIGURES[key] : undefined;
    if (!figure) throw new PageError(404, 'There is no such figure');
    const rows = figure(await data(c));
    if (csv) return sendCsv(c, `${key}.csv`, rows.header, rows.rows);
    return renderPage(
      c,
      rows.title,
      <>
        <Breadcrumb items={[{ href: '/national', text: 'The national picture' }]} />
        <h1>{rows.title}</h1>
        <FigureTable figure={key} rows={rows} max={100_000} />
      </>,
    );
  });
  return app;
}
