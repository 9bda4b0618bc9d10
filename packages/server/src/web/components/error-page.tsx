import { SearchForm } from '../public/search-form.js';

const TITLES: Record<number, string> = {
  400: 'There is a problem with the request',
  401: 'Sign in to see this page',
  403: 'You cannot do this',
  404: 'Page not found',
  405: 'This page cannot do that',
  409: 'This cannot be done now',
  412: 'This changed since you opened it',
  413: 'The form is too large',
  429: 'Too many requests',
  500: 'Sorry, there is a problem with the service',
};

/** An error page; a 404 offers the navigator's search. */
export function ErrorPage(props: { status: number; csrf: string; message?: string | undefined }) {
  return (
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        <h1>{TITLES[props.status] ?? TITLES[500]}</h1>
        {props.message ? <p class="nhsuk-body">{props.message}</p> : null}
        {props.status === 404 ? (
          <>
            <p class="nhsuk-body">
              If you typed the web address, check it is correct. You can search for an organisation
              instead.
            </p>
            <SearchForm />
          </>
        ) : null}
        {props.status === 401 ? (
          <p class="nhsuk-body">
            <a href="/sign-in">Sign in</a>
          </p>
        ) : null}
        <p class="nhsuk-body">
          <a href="/">Go to the home page</a>
        </p>
      </div>
    </div>
  );
}
