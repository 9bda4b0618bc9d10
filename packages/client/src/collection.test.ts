import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ConflictError,
  assuranceReturnEntity,
  networkEntity,
  type EntityRecord,
} from '@tessera/core';
import { createClient } from './create-client.js';
import { collectionOf, type LooseRecord, type Page } from './collection.js';
import { fakeFetch, json, problem, type SeenRequest } from './__fixtures__/fake-fetch.js';

const record = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  owner: 'hub',
  version: 1,
  deleted: false,
  createdAt: 't',
  updatedAt: 't',
  ...fields,
});

/** A server of `total` networks paged by id, as the API pages (opaque cursor = last id). */
function pagedNetworks(total: number) {
  const all = Array.from({ length: total }, (_, i) =>
    record(`n${String(i).padStart(3, '0')}`, { type: 'ahsn' }),
  );
  return (req: SeenRequest) => {
    const limit = Number(req.url.searchParams.get('limit') ?? 50);
    const after = req.url.searchParams.get('cursor');
    const rest = after ? all.filter((r) => r.id > atob(after)) : all;
    const items = rest.slice(0, limit);
    const more = rest.length > limit;
    return json({ items, nextCursor: more ? btoa(items[items.length - 1]!.id) : null });
  };
}

describe('collection', () => {
  it('resolves entity definitions, entity names and collection names to the URL segment', () => {
    expect(collectionOf(assuranceReturnEntity)).toBe('assurance-returns');
    expect(collectionOf('assurance-return')).toBe('assurance-returns');
    expect(collectionOf('assurance-returns')).toBe('assurance-returns');
    expect(collectionOf('plugin-things')).toBe('plugin-things');
    expect(() => collectionOf('../health')).toThrow(/Not a collection name/);
  });

  it('lists one page with paging and equality filters', async () => {
    const f = fakeFetch(pagedNetworks(3));
    const page = await createClient({ baseUrl: 'http://h', fetch: f })
      .collection(networkEntity)
      .list({ type: 'ahsn', limit: 2 });
    expect(page.items.map((r) => r.id)).toEqual(['n000', 'n001']);
    expect(page.nextCursor).toBe(btoa('n001'));
    expect(f.requests[0]!.url.pathname).toBe('/api/v1/networks');
    expect(Object.fromEntries(f.requests[0]!.url.searchParams)).toEqual({
      type: 'ahsn',
      limit: '2',
    });
  });

  it('listAll yields every page, following nextCursor until it is null', async () => {
    const f = fakeFetch(pagedNetworks(7));
    const pages: Page<LooseRecord>[] = [];
    for await (const page of createClient({ baseUrl: 'http://h', fetch: f })
      .collection('networks')
      .listAll({ limit: 3, type: 'ahsn' }))
      pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap((p) => p.items.map((r) => r.id))).toEqual([
      'n000',
      'n001',
      'n002',
      'n003',
      'n004',
      'n005',
      'n006',
    ]);
    expect(f.requests.map((r) => r.url.searchParams.get('cursor'))).toEqual([
      null,
      btoa('n002'),
      btoa('n005'),
    ]);
    expect(
      f.requests.every(
        (r) => r.url.searchParams.get('type') === 'ahsn' && r.url.searchParams.get('limit') === '3',
      ),
    ).toBe(true);
  });

  it('listAll makes one request for a single page and stops on a repeated cursor', async () => {
    const one = fakeFetch(pagedNetworks(2));
    const pages = [];
    for await (const p of createClient({ baseUrl: 'http://h', fetch: one })
      .collection('networks')
      .listAll())
      pages.push(p);
    expect(pages).toHaveLength(1);
    expect(one.requests).toHaveLength(1);

    const stuck = fakeFetch(() => json({ items: [record('a')], nextCursor: 'same' }));
    const iterate = async () => {
      for await (const _ of createClient({ baseUrl: 'http://h', fetch: stuck })
        .collection('networks')
        .listAll())
        void _;
    };
    await expect(iterate()).rejects.toThrow(/repeated the cursor same/);
    expect(stuck.requests).toHaveLength(2);
  });

  it('gets, creates, updates (with If-Match) and deletes', async () => {
    const f = fakeFetch((req) => {
      if (req.method === 'DELETE') return new Response(null, { status: 204 });
      if (req.method === 'POST')
        return json(record('r1', req.body as Record<string, unknown>), 201);
      if (req.method === 'PATCH')
        return json(record('r1', { ...(req.body as object), version: 2 }));
      return json(record('r1', { period: '2015-Q3' }));
    });
    const returns = createClient({ baseUrl: 'http://h', token: 't', fetch: f }).collection(
      assuranceReturnEntity,
    );
    expect((await returns.get('r1')).period).toBe('2015-Q3');
    expect((await returns.create({ networkId: 'n1', period: '2015-Q3' })).networkId).toBe('n1');
    expect(
      (await returns.update('r1', { overallRag: 'green', metrics: null }, { ifVersion: 1 }))
        .version,
    ).toBe(2);
    expect(await returns.delete('r/1')).toBeUndefined();
    expect(f.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'GET /api/v1/assurance-returns/r1',
      'POST /api/v1/assurance-returns',
      'PATCH /api/v1/assurance-returns/r1',
      'DELETE /api/v1/assurance-returns/r%2F1',
    ]);
    expect(f.requests[2]!.headers['if-match']).toBe('1');
    expect(f.requests[2]!.body).toEqual({ overallRag: 'green', metrics: null });
  });

  it('throws ConflictError when If-Match no longer holds', async () => {
    const f = fakeFetch(() =>
      json(
        problem('conflict', 409, 'The assurance-return is at version 3, not 1', {
          id: 'r1',
          version: 3,
        }),
        409,
      ),
    );
    const err = await createClient({ baseUrl: 'http://h', fetch: f })
      .collection('assurance-returns')
      .update('r1', { overallRag: 'red' }, { ifVersion: 1 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).data).toEqual({ id: 'r1', version: 3 });
  });

  it('refuses an empty id before any request', async () => {
    const f = fakeFetch(() => json({}));
    await expect(
      createClient({ baseUrl: 'http://h', fetch: f }).collection('networks').get(''),
    ).rejects.toThrow(TypeError);
    expect(f.requests).toHaveLength(0);
  });

  it('is typed by the entity definition, loosely by a name', () => {
    const client = createClient({ baseUrl: 'http://h' });
    const networks = client.collection(networkEntity);
    expectTypeOf(networks.get).returns.resolves.toEqualTypeOf<EntityRecord<typeof networkEntity>>();
    expectTypeOf(networks.get)
      .returns.resolves.toHaveProperty('type')
      .toEqualTypeOf<'ahsn' | 'clinical_network' | 'senate' | 'ldp' | 'improvement_coalition'>();
    expectTypeOf(networks.create).parameter(0).toHaveProperty('name').toEqualTypeOf<string>();
    // defaults may be left out of an input
    expectTypeOf<{ networkId: string; period: string }>().toExtend<
      Parameters<ReturnType<typeof client.collection<typeof assuranceReturnEntity>>['create']>[0]
    >();
    // type checks only: never called
    const _refused = () => {
      // @ts-expect-error not a filter of networks
      void networks.list({ colour: 'blue' });
      // @ts-expect-error not a network type
      void networks.create({ key: 'k', name: 'n', type: 'hospital' });
    };
    void _refused;
    expectTypeOf(client.collection('networks').get).returns.resolves.toEqualTypeOf<LooseRecord>();
  });
});
