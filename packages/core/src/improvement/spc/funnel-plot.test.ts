import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/domain-error.js';
import {
  analyseFunnel,
  funnelCurve,
  funnelLimits,
  FUNNEL_Z95,
  FUNNEL_Z998,
  type FunnelInput,
} from './funnel-plot.js';

describe('funnel plot (hand-checked)', () => {
  // Pooled p = 280 / 1400 = 0.2. At n = 100: se = sqrt(0.2 x 0.8 / 100) = 0.04,
  // 95%: 0.2 -/+ 1.959964 x 0.04 = [0.12160144, 0.27839856];
  // 99.8%: 0.2 -/+ 3.090232 x 0.04 = [0.07639072, 0.32360928].
  const units = [
    { unit: 'A', numerator: 10, denominator: 100 },
    { unit: 'B', numerator: 30, denominator: 100 },
    { unit: 'C', numerator: 200, denominator: 1000 },
    { unit: 'D', numerator: 2, denominator: 100 },
    { unit: 'E', numerator: 38, denominator: 100 },
  ];
  const r = analyseFunnel(units);

  it("pools the proportion and computes each unit's limits", () => {
    expect(r.pooledProportion).toBe(0.2);
    const a = r.units[0]!;
    expect(a.lower95).toBeCloseTo(0.12160144, 12);
    expect(a.upper95).toBeCloseTo(0.27839856, 12);
    expect(a.lower998).toBeCloseTo(0.07639072, 12);
    expect(a.upper998).toBeCloseTo(0.32360928, 12);
    expect(FUNNEL_Z95).toBe(1.959964);
    expect(FUNNEL_Z998).toBe(3.090232);
  });

  it('flags inside / outside95 / outside998 with the side', () => {
    expect(r.units.map((u) => [u.unit, u.flag, u.side])).toEqual([
      ['A', 'outside95', 'below'],
      ['B', 'outside95', 'above'],
      ['C', 'inside', null],
      ['D', 'outside998', 'below'],
      ['E', 'outside998', 'above'],
    ]);
  });

  it('clamps limits to [0, 1]', () => {
    expect(funnelLimits(0.01, 10)).toMatchObject({ lower95: 0, lower998: 0 });
    expect(funnelLimits(0.99, 10)).toMatchObject({ upper95: 1, upper998: 1 });
    expect(funnelLimits(0, 50)).toEqual({ lower95: 0, upper95: 0, lower998: 0, upper998: 0 });
  });

  it('draws the funnel lines over a denominator range', () => {
    const curve = funnelCurve(0.2, 10, 1000, 5);
    expect(curve.map((c) => c.denominator)).toEqual([10, 257.5, 505, 752.5, 1000]);
    expect(curve[4]).toEqual({ denominator: 1000, ...funnelLimits(0.2, 1000) });
  });

  it('rejects bad units with paths', () => {
    const paths = (input: unknown): string[] => {
      try {
        analyseFunnel(input as FunnelInput);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).issues.map((i) => i.path.join('.'));
      }
      throw new Error('expected a ValidationError');
    };
    expect(paths([{ unit: 'A', numerator: 5, denominator: 4 }])).toEqual(['0.numerator']);
    expect(paths([{ unit: 'A', numerator: 1, denominator: 0 }])).toEqual(['0.denominator']);
    expect(
      paths([
        { unit: 'A', numerator: 1, denominator: 4 },
        { unit: 'A', numerator: 1, denominator: 4 },
      ]),
    ).toEqual(['1.unit']);
    expect(paths([{ unit: 'A', numerator: '1', denominator: 4 }])).toEqual(['0.numerator']);
    expect(paths([])).toEqual(['']);
  });
});

describe('funnel plot properties', () => {
  const p = fc.double({ min: 0, max: 1, noNaN: true });
  const n = fc.double({ min: 1, max: 1e7, noNaN: true });

  it('limits widen as the denominator shrinks, and nest 95% inside 99.8% inside [0, 1]', () => {
    fc.assert(
      fc.property(p, n, n, (prop, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const ls = funnelLimits(prop, small);
        const ll = funnelLimits(prop, large);
        expect(ls.lower95).toBeLessThanOrEqual(ll.lower95);
        expect(ls.upper95).toBeGreaterThanOrEqual(ll.upper95);
        expect(ls.lower998).toBeLessThanOrEqual(ll.lower998);
        expect(ls.upper998).toBeGreaterThanOrEqual(ll.upper998);
        for (const l of [ls, ll]) {
          expect(0).toBeLessThanOrEqual(l.lower998);
          expect(l.lower998).toBeLessThanOrEqual(l.lower95);
          expect(l.lower95).toBeLessThanOrEqual(prop);
          expect(prop).toBeLessThanOrEqual(l.upper95);
          expect(l.upper95).toBeLessThanOrEqual(l.upper998);
          expect(l.upper998).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('in an analysis, a unit with a smaller denominator never has narrower limits', () => {
    const unit = fc
      .record({
        denominator: fc.integer({ min: 1, max: 100_000 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ denominator, share }) => ({
        denominator,
        numerator: Math.floor(share * denominator),
      }));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 2, maxLength: 30 }), (raw) => {
        const r = analyseFunnel(raw.map((u, i) => ({ unit: `U${i}`, ...u })));
        for (const a of r.units)
          for (const b of r.units)
            if (a.denominator < b.denominator) {
              expect(a.upper95 - a.lower95).toBeGreaterThanOrEqual(b.upper95 - b.lower95);
              expect(a.upper998 - a.lower998).toBeGreaterThanOrEqual(b.upper998 - b.lower998);
            }
      }),
      { numRuns: 300 },
    );
  });
});
