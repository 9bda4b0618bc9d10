import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '@tessera/core';
import { startTestInstance, type TestInstance } from '@tessera/server/testing';
import { membershipPlugin } from '@tessera/plugin-membership';
import { createApiClient } from './api-client.js';
import type { TesseraApi } from './api-types.js';
import { isApiError } from './problem-to-error.js';

let t: TestInstance;
let api: TesseraApi;
let anonymous: TesseraApi;
beforeAll(async () => {
  t = await startTestInstance({ plugins: [membershipPlugin()] });
  api = createApiClient({ baseUrl: t.url, token: t.tokens.admin });
  anonymous = createApiClient({ baseUrl: t.url });
});
afterAll(() => t.stop());

describe('the generated client against a real instance', () => {
  it('creates, reads and lists records with typed answers', async () => {
    const { data: created } = await api.POST('/api/v1/organisations', {
      body: { name: 'Generated Trust', type: 'acute', odsCode: 'GEN1' },
    });
    expect(created?.version).toBe(1);
    const { data: read } = await api.GET('/api/v1/organisations/{id}', {
      params: { path: { id: created!.id } },
    });
    expect(read?.name).toBe('Generated Trust');
    const { data: page } = await api.GET('/api/v1/organisations', {
      params: { query: { odsCode: 'GEN1' } },
    });
    expect(page?.items.map((o) => o.name)).toEqual(['Generated Trust']);
  });

  it('reaches SPC, the enquiry workflow, capability, diversity, search, talent, plugins and sync', async () => {
    const points = Array.from({ length: 20 }, (_, i) => ({
      date: `2024-01-${String(i + 1).padStart(2, '0')}`,
      value: i === 19 ? 100 : 10 + (i % 3),
    }));
    const { data: spc } = await anonymous.POST('/api/v1/spc', {
      body: { points, improvementDirection: 'increase', rebase: [], screenOutliers: true },
    });
    expect(spc?.points).toHaveLength(20);
    expect(spc?.points[19]?.specialCauseType).not.toBe('None');

    const { data: org } = await api.POST('/api/v1/organisations', {
      body: { name: 'Gen Trust', type: 'acute' },
    });
    const { data: enquiry } = await api.POST('/api/v1/enquiries', {
      body: {
        organisationId: org!.id,
        topic: 'improvement',
        question: 'Help with flow',
        contactName: 'A Person',
        contactEmail: 'a.person@example.org',
        receivedAt: new Date().toISOString(),
      },
    });
    const routed = api.POST('/api/v1/enquiries/{id}/start', {
      params: { path: { id: enquiry!.id } },
      body: {},
    });
    // an enquiry must be routed before work starts: the 409 arrives as a typed error
    await expect(routed).rejects.toMatchObject({ status: 409 });

    const { data: baseline } = await anonymous.GET('/api/v1/capability-baseline', {});
    expect(baseline?.england.cells).toHaveLength(18);
    const { data: diversity } = await anonymous.GET('/api/v1/diversity', {
      params: { query: { characteristic: 'sex', population: 'participants', by: 'ldp' } },
    });
    expect(diversity?.table.characteristic).toBe('sex');
    const { data: search } = await anonymous.GET('/api/v1/resources/search', {
      params: { query: { q: 'flow' } },
    });
    expect(search?.hits).toEqual([]);
    const { data: risk } = await api.GET('/api/v1/succession-risk', {});
    expect(risk?.posts).toEqual([]);
    const { data: summary } = await api.GET('/api/v1/plugins/membership/summary', {});
    expect(summary).toBeDefined();
    const { data: status } = await api.GET('/api/v1/sync/status', {});
    expect(status?.role).toBe('local');
  });

  it('rejects with core’s typed errors: 404 NotFoundError, 400 ValidationError with field paths', async () => {
    const missing = await api
      .GET('/api/v1/organisations/{id}', { params: { path: { id: 'nope' } } })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(isApiError(missing) && missing.status).toBe(404);

    const invalid = await api
      .POST('/api/v1/organisations', {
        body: { name: 'X', type: 'acute', odsCode: 'not an ods code!' },
      })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).issues.map((i) => i.path)).toContainEqual(['odsCode']);
  });
});
