import { describe, expect, it } from 'vitest';
import { ConflictError, DomainError, ValidationError } from '@tessera/core';
import { createClient } from './create-client.js';
import { fakeFetch, json, problem } from './__fixtures__/fake-fetch.js';

describe('createClient', () => {
  it('navigates by ODS code with an optional asOf', async () => {
    const f = fakeFetch(() =>
      json({
        organisation: { id: 'o1', name: 'KCH', type: 'acute' },
        ahsn: { id: 'a', name: 'Health Innovation Network (South London)' },
        clinicalNetworks: [],
        senate: null,
        ldp: null,
        improvementCoalition: null,
        offers: [],
      }),
    );
    const client = createClient({ baseUrl: 'http://h/', fetch: f });
    expect((await client.navigator('RJZ', { asOf: '2015-06-30' })).ahsn?.name).toBe(
      'Health Innovation Network (South London)',
    );
    await client.navigator('RJZ');
    expect(f.requests.map((r) => r.url.pathname + r.url.search)).toEqual([
      '/api/v1/navigator/RJZ?asOf=2015-06-30',
      '/api/v1/navigator/RJZ',
    ]);
  });

  it('calls one route per computed view, passing only the given parameters', async () => {
    const f = fakeFetch(() => json({ targets: [] }));
    const { insights } = createClient({ baseUrl: 'http://h', fetch: f });
    await insights.strategyCoverage();
    await insights.strategyCompliance({ asOf: '2015-04-01' });
    await insights.crossAlignment();
    await insights.coterminosity();
    await insights.boardSharedMembership({ minimumShared: 2 });
    expect(await insights.savingsProgress()).toEqual({ targets: [] });
    expect(f.requests.map((r) => r.url.pathname.replace('/api/v1', '') + r.url.search)).toEqual([
      '/strategy-coverage',
      '/strategy-compliance?asOf=2015-04-01',
      '/cross-alignment',
      '/coterminosity',
      '/board-shared-membership?minimumShared=2',
      '/savings-progress',
    ]);
  });

  it('posts the assurance steps, with a JSON body only when there is a comment', async () => {
    const f = fakeFetch((req) => json({ id: 'r1', status: req.url.pathname.split('/').pop() }));
    const { assurance } = createClient({ baseUrl: 'http://h', token: 'ed', fetch: f });
    await assurance.submit('r1');
    await assurance.review('r1', 'looks right');
    await assurance.signOff('r1');
    await assurance.return('r1', 'metric 2 is missing');
    expect(f.requests.map((r) => r.headers['content-type'])).toEqual([
      undefined,
      'application/json',
      undefined,
      'application/json',
    ]);
    expect(f.requests.map((r) => [r.method, r.url.pathname, r.body])).toEqual([
      ['POST', '/api/v1/assurance-returns/r1/submit', undefined],
      ['POST', '/api/v1/assurance-returns/r1/review', { comment: 'looks right' }],
      ['POST', '/api/v1/assurance-returns/r1/sign-off', undefined],
      ['POST', '/api/v1/assurance-returns/r1/return', { comment: 'metric 2 is missing' }],
    ]);
  });

  it('throws ConflictError with code illegal_transition for a step the workflow refuses', async () => {
    const f = fakeFetch(() =>
      json(
        problem('illegal_transition', 409, 'Cannot sign_off a submitted return', {
          status: 'submitted',
        }),
        409,
      ),
    );
    const err = await createClient({ baseUrl: 'http://h', fetch: f })
      .assurance.signOff('r1')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).code).toBe('illegal_transition');
    expect((err as ConflictError & { status: number }).status).toBe(409);
  });

  it('reads health and the audit trail; withToken swaps the token', async () => {
    const f = fakeFetch((req) =>
      req.url.pathname.endsWith('/health')
        ? json({ status: 'ok', instance: 'hub', role: 'hub', schemaVersion: 1 })
        : json({ items: [], nextBefore: null }),
    );
    const viewer = createClient({ baseUrl: 'http://h', token: 'v', fetch: f });
    expect((await viewer.health()).instance).toBe('hub');
    await viewer.withToken('a').audit({ entity: 'network', limit: 10 });
    await viewer.withToken(undefined).health();
    expect(
      f.requests.map((r) => [r.url.pathname + r.url.search, r.headers['authorization']]),
    ).toEqual([
      ['/api/v1/health', 'Bearer v'],
      ['/api/v1/audit?entity=network&limit=10', 'Bearer a'],
      ['/api/v1/health', undefined],
    ]);
    expect(viewer.apiUrl).toBe('http://h/api/v1');
  });

  it('throws a ValidationError with the failing field paths, and DomainError for 401', async () => {
    const f = fakeFetch((req) =>
      req.headers['authorization']
        ? json(
            problem(
              'validation',
              400,
              'The input is not valid: period: expected a quarter like 2015-Q3',
              {
                errors: [
                  {
                    pointer: '#/period',
                    path: ['period'],
                    detail: 'expected a quarter like 2015-Q3',
                  },
                ],
              },
            ),
            400,
          )
        : json(
            problem('unauthorized', 401, 'This needs a bearer token with role editor or higher'),
            401,
          ),
    );
    const client = createClient({ baseUrl: 'http://h', fetch: f });
    const unauthorised = await client
      .collection('assurance-returns')
      .create({ period: 'Q5' })
      .catch((e: unknown) => e);
    expect(unauthorised).toBeInstanceOf(DomainError);
    expect((unauthorised as DomainError).code).toBe('unauthorized');
    const invalid = await client
      .withToken('ed')
      .collection('assurance-returns')
      .create({ period: 'Q5' })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).issues.map((i) => i.path)).toEqual([['period']]);
  });
});
