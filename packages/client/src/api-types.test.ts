import { describe, expectTypeOf, it } from 'vitest';
import type { ApiAnswer, TesseraApi } from './api-types.js';
import type { components } from './generated/openapi.js';

type Network = components['schemas']['Network'];

// type-level only: the calls below are checked by the compiler, never run
declare const api: TesseraApi;

describe('the generated client’s types', () => {
  it('types answers from the document', () => {
    const read = () => api.GET('/api/v1/networks/{id}', { params: { path: { id: 'n1' } } });
    type Data = NonNullable<Awaited<ReturnType<typeof read>>['data']>;
    expectTypeOf<Data>().toEqualTypeOf<Network>();
    expectTypeOf<Data['name']>().toEqualTypeOf<string>();
    expectTypeOf<Data['version']>().toEqualTypeOf<number>();
    expectTypeOf<ApiAnswer<'getNetwork'>>().toEqualTypeOf<Network>();
    const spc = () =>
      api.POST('/api/v1/spc', {
        body: { points: [], improvementDirection: 'increase', rebase: [], screenOutliers: true },
      });
    type Spc = NonNullable<Awaited<ReturnType<typeof spc>>['data']>;
    expectTypeOf<Spc['variationIcon']>().toEqualTypeOf<string>();
  });

  it('makes a wrong field, a wrong value, a missing field and an unknown path compile errors', () => {
    const calls = () => {
      void api.POST('/api/v1/networks', {
        // @ts-expect-error `nmae` is not a field of a network
        body: { key: 'k', nmae: 'N', type: 'ahsn' },
      });
      void api.POST('/api/v1/networks', {
        // @ts-expect-error `type` is one of the network types
        body: { key: 'k', name: 'N', type: 'hospital' },
      });
      // @ts-expect-error `name` is required
      void api.POST('/api/v1/networks', { body: { key: 'k', type: 'ahsn' } });
      // @ts-expect-error no such path
      void api.GET('/api/v1/netwerks', {});
      // @ts-expect-error the path parameter is required
      void api.GET('/api/v1/networks/{id}', { params: { path: {} } });
    };
    expectTypeOf(calls).toBeFunction();
  });

  it('reaches plugin operations with their own types', () => {
    const summary = () =>
      api.GET('/api/v1/plugins/membership/summary', { params: { query: { year: '2024/25' } } });
    expectTypeOf(summary).returns.resolves.toHaveProperty('data');
    const wrongQuery = () =>
      // @ts-expect-error `years` is not a query parameter of the summary
      api.GET('/api/v1/plugins/membership/summary', { params: { query: { years: '2024/25' } } });
    expectTypeOf(wrongQuery).toBeFunction();
  });
});
