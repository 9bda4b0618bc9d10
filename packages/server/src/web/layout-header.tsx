import type { InstanceRole } from '../context.js';
import type { Session } from './auth/session-store.js';

/** What the header shows: the user (with the sign-out form's token), the instance and the page. */
export interface HeaderProps {
  csrf: string;
  session: Session | undefined;
  role: InstanceRole;
  path: string;
}

const NHS_LOGO =
  'M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z';

/** The links of the header's navigation for this instance and user. */
function navigation(props: HeaderProps): { href: string; text: string }[] {
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

/** The NHS logo and the service's name, linking home. */
const ServiceLogo = () => (
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
);

/** Who is signed in, with a sign-out form; or a link to sign in. */
function AccountNav(props: HeaderProps) {
  return (
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
  );
}

/** One item of the menu, marked current when the page is at or below it. */
function MenuItem(props: { href: string; text: string; path: string }) {
  const current = props.href === '/' ? props.path === '/' : props.path.startsWith(props.href);
  return (
    <li
      class={`nhsuk-header__navigation-item${current ? ' nhsuk-header__navigation-item--current' : ''}`}
    >
      <a
        class="nhsuk-header__navigation-link"
        href={props.href}
        {...(current ? { 'aria-current': 'page' } : {})}
      >
        {props.text}
      </a>
    </li>
  );
}

/** The menu of this instance's areas, with the design system's "More" toggle. */
const MenuNav = (props: HeaderProps) => (
  <nav class="nhsuk-header__navigation" aria-label="Menu">
    <div class="nhsuk-header__navigation-container nhsuk-width-container">
      <ul class="nhsuk-header__navigation-list">
        {navigation(props).map((item) => (
          <MenuItem href={item.href} text={item.text} path={props.path} />
        ))}
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
);

/** The NHS.UK header: logo, account and menu. */
export const Header = (props: HeaderProps) => (
  <header class="nhsuk-header" data-module="nhsuk-header">
    <div class="nhsuk-header__container nhsuk-width-container">
      <ServiceLogo />
      <AccountNav {...props} />
    </div>
    <MenuNav {...props} />
  </header>
);
