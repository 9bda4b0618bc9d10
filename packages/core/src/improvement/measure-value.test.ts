import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureValueEntity } from './measure-value.js';

describe('measureValueEntity', () => {
  it('is one dated finite value, filtered by measure', () => {
    expect(measureValueEntity.filters).toEqual(['measureId']);
    expect(
      measureValueEntity.schema.safeParse({ measureId: 'm1', date: '2015-06-01', value: 3.2 })
        .success,
    ).toBe(true);
    expect(
      measureValueEntity.schema.safeParse({ measureId: 'm1', date: '2015-06-31', value: 3.2 })
        .success,
    ).toBe(false);
    expect(
      measureValueEntity.schema.safeParse({
        measureId: 'm1',
        date: '2015-06-01',
        value: Number.NaN,
      }).success,
    ).toBe(false);
    expect(
      measureValueEntity.schema.safeParse({ measureId: 'm1', date: '2015-06-01', value: Infinity })
        .success,
    ).toBe(false);
  });

  it('property: accepts every finite value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(
          measureValueEntity.schema.safeParse({ measureId: 'm1', date: '2015-06-01', value })
            .success,
        ).toBe(true);
      }),
    );
  });
});
