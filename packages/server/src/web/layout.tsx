import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { Session } from './auth/session-store.js';
import type { InstanceRole } from '../context.js';

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

const NHS_LOGO =
  'M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z';

/** The design system's one inline script (allowed by this response's CSP nonce). */
const JS_ENABLED =
  "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

/** The links of the header's navigation for this instance and user. */
function navigation(props: LayoutProps): { href: string; text: string }[] {
  const items = [{ href: '/', text: 'Find help' }];
  if (props.session && props.role === 'local')
    items.push({ href: '/workspace', text: 'Workspace' });
  if (props.session && props.role === 'hub') {
    items.push({ href: '/national', text: 'National picture' });
    items.push({ href: '/assessment', text: 'Assessment' });
  }
  items.push({ href: '/docs', text: 'API' });
  return items;
}

/** The NHS.UK page template: skip link, header with navigation and account, main, footer. */
export function Layout(props: LayoutProps) {
  const nav = navigation(props);
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
        <header class="nhsuk-header" data-module="nhsuk-header">
          <div class="nhsuk-header__container nhsuk-width-container">
            <div class="nhsuk-header__service">
              <a class="nhsuk-header__service-logo" href="/" aria-label="NHS Tessera homepage">
                <svg
                  class="nhsuk-header__logo"
                  xmlns="http://www.w3.org/2000/svg"
                  viewBox="0 0 200 80"
                  height="40"
                  width="100"
                  focusable="false"
                  role="img"
                  aria-label="NHS"
                >
                  <title>NHS</title>
                  <path fill="currentcolor" d={NHS_LOGO} />
                </svg>
                <span class="nhsuk-header__service-name">Tessera</span>
              </a>
            </div>
            <nav class="nhsuk-header__account" aria-label="Account">
              <ul class="nhsuk-header__account-list">
                {props.session ? (
                  <>
                    <li class="nhsuk-header__account-item">
                      {props.session.name} ({props.session.role})
                    </li>
                    <li class="nhsuk-header__account-item">
                      <form class="nhsuk-header__account-form" action="/sign-out" method="post">
                        <input type="hidden" name="_csrf" value={props.csrf} />
                        <button class="nhsuk-header__account-button" type="submit">
                          Sign out
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <li class="nhsuk-header__account-item">
                    <a class="nhsuk-header__account-link" href="/sign-in">
                      Sign in
                    </a>
                  </li>
                )}
              </ul>
            </nav>
          </div>
          <nav class="nhsuk-header__navigation" aria-label="Menu">
            <div class="nhsuk-header__navigation-container nhsuk-width-container">
              <ul class="nhsuk-header__navigation-list">
                {nav.map((item) => {
                  const current =
                    item.href === '/' ? props.path === '/' : props.path.startsWith(item.href);
                  return (
                    <li
                      class={`nhsuk-header__navigation-item${current ? ' nhsuk-header__navigation-item--current' : ''}`}
                    >
                      <a
                        class="nhsuk-header__navigation-link"
                        href={item.href}
                        {...(current ? { 'aria-current': 'page' } : {})}
                      >
                        {item.text}
                      </a>
                    </li>
                  );
                })}
                <li class="nhsuk-header__menu" hidden>
                  <button
                    class="nhsuk-header__menu-toggle nhsuk-header__navigation-link"
                    id="toggle-menu"
                    aria-expanded="false"
                    type="button"
                  >
                    <span class="nhsuk-u-visually-hidden">Browse </span>More
                  </button>
                </li>
              </ul>
            </div>
          </nav>
        </header>
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
