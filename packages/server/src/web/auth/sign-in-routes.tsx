import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ErrorSummary, PostForm, TextInput, Button } from '../components/form-fields.js';
import { renderPage } from '../render-page.js';
import type { WebEnv } from '../web-env.js';
import { SESSION_COOKIE, isHttps } from './cookies.js';
import { field, readForm } from './guards.js';
import type { SessionStore } from './session-store.js';
import { FailedAuthLimiter } from '../../auth/failed-auth-limiter.js';
import { PageError } from '../api-client.js';

/** Only local paths are followed after signing in (no open redirect). */
const safeNext = (next: string | undefined) =>
  next && /^\/[A-Za-z0-9/_\-?=&.%]*$/.test(next) && !next.startsWith('//') ? next : undefined;

function SignInForm(props: {
  csrf: string;
  next?: string | undefined;
  error?: string | undefined;
}) {
  const errors: Record<string, string> = props.error ? { token: props.error } : {};
  return (
    <div class="nhsuk-grid-row">
      <div class="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1>Sign in</h1>
        <p class="nhsuk-body">
          Sign in with the token your instance's administrator gave you (made with{' '}
          <code>tessera token create</code>). The token stays on the server: your browser keeps only
          a session cookie.
        </p>
        <PostForm action="/sign-in" csrf={props.csrf}>
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          <TextInput
            name="token"
            label="Token"
            type="password"
            autocomplete="current-password"
            errors={errors}
          />
          <Button>Sign in</Button>
        </PostForm>
      </div>
    </div>
  );
}

/** `/sign-in` (a token gives an HttpOnly, SameSite=Lax session cookie) and `/sign-out`. */
export function signInRoutes(sessions: SessionStore, failures: FailedAuthLimiter): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/sign-in', (c) =>
    renderPage(c, 'Sign in', <SignInForm csrf={c.var.csrf} next={safeNext(c.req.query('next'))} />),
  );
  app.post('/sign-in', async (c) => {
    const form = await readForm(c);
    const next = safeNext(field(form, 'next'));
    const token = field(form, 'token');
    // guessing tokens here counts, and is stopped, as it is on the API
    const address = FailedAuthLimiter.address(c);
    const wait = failures.retryAfter(address);
    if (wait > 0) {
      c.header('retry-after', String(wait));
      throw new PageError(
        429,
        `Too many failed sign-ins from this address: try again in ${wait} seconds`,
      );
    }
    const session = token ? await sessions.signIn(token) : undefined;
    if (!session && token) failures.fail(address);
    if (!session)
      return renderPage(
        c,
        'Sign in',
        <SignInForm
          csrf={c.var.csrf}
          next={next}
          error={token ? 'The token is not valid: check it and try again' : 'Enter your token'}
        />,
        400,
      );
    sessions.signOut(getCookie(c, SESSION_COOKIE));
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      maxAge: 8 * 60 * 60,
    });
    return c.redirect(next ?? (c.var.role === 'hub' ? '/national' : '/workspace'), 303);
  });
  app.post('/sign-out', async (c) => {
    await readForm(c);
    sessions.signOut(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });
  return app;
}
