import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureEntity } from './measure.js';

const base = {
  projectId: 'p1',
  name: 'Falls per 1,000 bed days',
  kind: 'outcome',
  definition: 'Inpatient falls / occupied bed days x 1000',
  unit: 'per 1,000 bed days',
};

describe('measureEntity', () => {
  it('applies SPC defaults and accepts the SPC options', () => {
    const m = measureEntity.schema.parse(base);
    expect(m).toMatchObject({ improvementDirection: 'increase', rebase: [] });
    expect(
      measureEntity.schema.safeParse({
        ...base,
        improvementDirection: 'decrease',
        target: 4.5,
        rebase: ['2015-09-01'],
        fixAfterNPoints: 12,
      }).success,
    ).toBe(true);
    expect(measureEntity).toMatchObject({
      name: 'measure',
      domain: 'improvement',
      ownedBy: 'region',
      filters: ['projectId', 'kind'],
    });
  });

  it('refuses what the SPC engine would refuse', () => {
    expect(measureEntity.schema.safeParse({ ...base, fixAfterNPoints: 11 }).success).toBe(false);
    expect(measureEntity.schema.safeParse({ ...base, rebase: ['2015-02-30'] }).success).toBe(false);
    expect(measureEntity.schema.safeParse({ ...base, improvementDirection: 'up' }).success).toBe(
      false,
    );
    expect(measureEntity.schema.safeParse({ ...base, kind: 'structure' }).success).toBe(false);
  });

  it('property: fixAfterNPoints is accepted exactly when it is a whole number of at least 12', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double({ min: 0, max: 60, noNaN: true })),
        (n) => {
          expect(measureEntity.schema.safeParse({ ...base, fixAfterNPoints: n }).success).toBe(
            Number.isInteger(n) && n >= 12,
          );
        },
      ),
    );
  });
});
