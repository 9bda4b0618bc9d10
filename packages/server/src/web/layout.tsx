import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Session } from './auth/session-store.js';
import type { InstanceRole } from '../context.js';
import { Header } from './layout-header.js';

export interface LayoutProps {
  title: string;
  nonce: string;
  csrf: string;
  session: Session | undefined;
  role: InstanceRole;
  instance: string;
  /** The path of the current page, to mark its navigation item. */
  path: string;
  children?: Child;
}

/** The design system's one inline script (allowed by this response's CSP nonce). */
const JS_ENABLED =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

/** The NHS.UK page template: skip link, header with navigation and account, main, footer. */
export function Layout(props: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>{`${props.title} – Tessera`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#005eb8" />
        <link rel="icon" href="/assets/images/favicon.svg" sizes="any" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/nhsuk-frontend.css" />
        <link rel="stylesheet" href="/assets/tessera.css" />
        <script type="module" src="/assets/tessera.js" />
      </head>
      <body>
        <script nonce={props.nonce}>{raw(JS_ENABLED)}</script>
        <a class="nhsuk-skip-link" href="#maincontent" data-module="nhsuk-skip-link">
          Skip to main content
        </a>
        <Header {...props} />
        <div class="nhsuk-width-container">
          <main class="nhsuk-main-wrapper" id="maincontent">
            {props.children}
          </main>
        </div>
        <footer class="nhsuk-footer">
          <div class="nhsuk-width-container">
            <div class="nhsuk-footer__meta">
              <h2 class="nhsuk-u-visually-hidden">Support links</h2>
              <ul class="nhsuk-footer__list">
                <li class="nhsuk-footer__list-item">
                  <a class="nhsuk-footer__list-item-link" href="/docs">
                    API documentation
                  </a>
                </li>
              </ul>
              <p class="nhsuk-body-s">
                Tessera · instance {props.instance} (
                {props.role === 'hub' ? 'national hub' : 'local'})
              </p>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}
