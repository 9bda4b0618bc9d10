import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interventionEntity } from './intervention.js';

const base = { organisationId: 'o1', body: 'monitor', kind: 'turnaround', startDate: '2014-01-01' };
const parse = (x: unknown) => interventionEntity.schema.safeParse(x);

describe('interventionEntity', () => {
  it('is national data owned by the hub', () => {
    expect(interventionEntity).toMatchObject({
      name: 'intervention',
      collection: 'interventions',
      domain: 'improvement',
      ownedBy: 'hub',
      readAccess: 'public',
    });
  });

  it('accepts the intervening bodies and refuses others', () => {
    for (const body of [
      'nhs_imas',
      'intensive_support_team',
      'nhs_tda',
      'monitor',
      'nhs_england',
      'cqc',
    ])
      expect(parse({ ...base, body }).success).toBe(true);
    expect(parse({ ...base, body: 'hee' }).success).toBe(false);
  });

  it('needs an end date before an outcome, and no end before the start', () => {
    expect(parse({ ...base, outcome: 'no_improvement' }).error?.issues.map((i) => i.path)).toEqual([
      ['outcome'],
    ]);
    expect(
      parse({ ...base, endDate: '2014-12-31', outcome: 'sustained_improvement' }).success,
    ).toBe(true);
    expect(parse({ ...base, endDate: '2013-12-31' }).error?.issues.map((i) => i.path)).toEqual([
      ['endDate'],
    ]);
  });

  it('property: an ended intervention is valid exactly when it ends on or after its start', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2014, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (startDate, endDate) => {
        expect(parse({ ...base, startDate, endDate }).success).toBe(endDate >= startDate);
      }),
    );
  });
});
