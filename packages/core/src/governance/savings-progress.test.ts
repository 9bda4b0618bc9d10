import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import type { FinanceAllocation } from './finance-allocation.js';
import type { SavingsTarget } from './savings-target.js';
import { savingsProgress } from './savings-progress.js';

const alloc = (
  bodyKey: string,
  bodyName: string,
  year: string,
  category: FinanceAllocation['category'],
  amountGbpThousands: number,
): FinanceAllocation => ({
  bodyKey,
  bodyName,
  year,
  category,
  amountGbpThousands,
  source: 'annex H',
});
const target = (id: string, extra: Partial<SavingsTarget>): WithId<SavingsTarget> => ({
  id,
  scope: id,
  bodyKeys: [],
  baselineYear: '2014/15',
  targetYear: '2015/16',
  ...extra,
});

/** Annex H, GBP thousands, 2014/15 -> 2015/16. */
const annexH: FinanceAllocation[] = [
  alloc('nhs-iq', 'NHS Improving Quality', '2014/15', 'admin', 10_205),
  alloc('nhs-iq', 'NHS Improving Quality', '2015/16', 'admin', 7_376),
  alloc('nhs-iq', 'NHS Improving Quality', '2014/15', 'programme', 34_225),
  alloc('nhs-iq', 'NHS Improving Quality', '2015/16', 'programme', 24_439),
  alloc('ahsn-scn-senates', 'AHSNs, senates and clinical networks', '2014/15', 'admin', 10_000),
  alloc('ahsn-scn-senates', 'AHSNs, senates and clinical networks', '2015/16', 'admin', 8_500),
  alloc('ahsn-scn-senates', 'AHSNs, senates and clinical networks', '2014/15', 'programme', 85_700),
  alloc('ahsn-scn-senates', 'AHSNs, senates and clinical networks', '2015/16', 'programme', 73_530),
  alloc('leadership-academy', 'NHS Leadership Academy', '2014/15', 'admin', 2_058),
  alloc('leadership-academy', 'NHS Leadership Academy', '2015/16', 'admin', 2_000),
  alloc('leadership-academy', 'NHS Leadership Academy', '2014/15', 'programme', 70_642),
  alloc('leadership-academy', 'NHS Leadership Academy', '2015/16', 'programme', 50_800),
];

describe('savingsProgress', () => {
  const [architecture, academy, everything, tooMuch, none] = savingsProgress({
    allocations: annexH,
    targets: [
      target('improvement-architecture', {
        bodyKeys: ['nhs-iq', 'ahsn-scn-senates'],
        minimumPercent: 15,
        reference: 'para 121',
      }),
      target('academy', {
        bodyKeys: ['leadership-academy'],
        amountGbpThousands: 2_000,
        reference: 'para 121',
      }),
      target('all', {}),
      target('thirty-percent-and-2m', {
        bodyKeys: ['nhs-iq', 'ahsn-scn-senates'],
        minimumPercent: 30,
        amountGbpThousands: 2_000,
      }),
      target('no-criterion', { bodyKeys: ['nhs-iq'] }),
    ],
  });

  it('meets the 15% saving across the improvement architecture (annex H)', () => {
    expect(architecture).toMatchObject({
      baselineGbpThousands: 140_130,
      targetYearGbpThousands: 113_845,
      savingGbpThousands: 26_285,
      requiredPercent: 15,
      metPercent: true,
      metAmount: null,
      met: true,
      reference: 'para 121',
      missing: [],
    });
    expect(architecture?.savingPercent).toBeCloseTo((26_285 / 140_130) * 100, 10);
    expect(architecture?.byCategory).toEqual({
      admin: { baselineGbpThousands: 20_205, targetYearGbpThousands: 15_876 },
      programme: { baselineGbpThousands: 119_925, targetYearGbpThousands: 97_969 },
    });
    expect(architecture?.bodies.map((b) => [b.bodyKey, b.bodyName, b.savingGbpThousands])).toEqual([
      ['nhs-iq', 'NHS Improving Quality', 12_615],
      ['ahsn-scn-senates', 'AHSNs, senates and clinical networks', 13_670],
    ]);
  });

  it("meets the Academy's GBP 2m saving", () => {
    expect(academy).toMatchObject({
      baselineGbpThousands: 72_700,
      targetYearGbpThousands: 52_800,
      savingGbpThousands: 19_900,
      requiredGbpThousands: 2_000,
      metAmount: true,
      metPercent: null,
      met: true,
    });
  });

  it('takes every body when bodyKeys is empty', () => {
    expect(everything).toMatchObject({
      bodyKeys: ['ahsn-scn-senates', 'leadership-academy', 'nhs-iq'],
      baselineGbpThousands: 212_830,
      targetYearGbpThousands: 166_645,
      savingGbpThousands: 46_185,
      met: null,
    });
  });

  it('needs every criterion, and says null when there is none', () => {
    expect(tooMuch).toMatchObject({ metPercent: false, metAmount: true, met: false });
    expect(none).toMatchObject({ metPercent: null, metAmount: null, met: null });
  });

  it('reports missing years and cannot judge without data', () => {
    const [r] = savingsProgress({
      allocations: annexH.filter((a) => a.year === '2014/15'),
      targets: [
        target('academy', { bodyKeys: ['leadership-academy', 'ghost'], amountGbpThousands: 2_000 }),
      ],
    });
    expect(r).toMatchObject({ met: null, savingGbpThousands: 72_700 });
    expect(r?.missing).toEqual([
      { bodyKey: 'leadership-academy', year: '2015/16' },
      { bodyKey: 'ghost', year: '2014/15' },
      { bodyKey: 'ghost', year: '2015/16' },
    ]);
  });
});

// ---- properties -------------------------------------------------------------------------------

const BODIES = ['a', 'b', 'c'];
const arbAllocations = fc
  .array(
    fc.record({
      body: fc.constantFrom(...BODIES),
      year: fc.constantFrom('2014/15', '2015/16', '2016/17'),
      category: fc.constantFrom<FinanceAllocation['category']>('admin', 'programme'),
      amount: fc.integer({ min: 0, max: 100_000 }),
    }),
    { maxLength: 20 },
  )
  .map((xs) => xs.map((x) => alloc(x.body, x.body.toUpperCase(), x.year, x.category, x.amount)));
const arbTarget = fc
  .record({
    bodies: fc.subarray(BODIES),
    percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    amount: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
  })
  .map((t) =>
    target('t', {
      bodyKeys: t.bodies,
      ...(t.percent !== undefined ? { minimumPercent: t.percent } : {}),
      ...(t.amount !== undefined ? { amountGbpThousands: t.amount } : {}),
    }),
  );

describe('savingsProgress properties', () => {
  it('totals add up: saving = baseline - target year = sum over bodies = sum over categories', () => {
    fc.assert(
      fc.property(arbAllocations, arbTarget, (allocations, t) => {
        const [r] = savingsProgress({ allocations, targets: [t] });
        if (!r) throw new Error('one entry per target');
        expect(r.savingGbpThousands).toBe(r.baselineGbpThousands - r.targetYearGbpThousands);
        expect(r.bodies.reduce((n, b) => n + b.baselineGbpThousands, 0)).toBe(
          r.baselineGbpThousands,
        );
        expect(
          r.byCategory.admin.targetYearGbpThousands + r.byCategory.programme.targetYearGbpThousands,
        ).toBe(r.targetYearGbpThousands);
        const keys = t.bodyKeys.length ? new Set(t.bodyKeys) : new Set(BODIES);
        expect(r.baselineGbpThousands).toBe(
          allocations
            .filter((a) => a.year === '2014/15' && keys.has(a.bodyKey))
            .reduce((n, a) => n + a.amountGbpThousands, 0),
        );
        expect(r.metPercent === null).toBe(t.minimumPercent === undefined);
        expect(r.metAmount === null).toBe(t.amountGbpThousands === undefined);
      }),
    );
  });

  it('cutting target-year spending by at least the minimum percent meets the percentage criterion', () => {
    fc.assert(
      fc.property(
        arbAllocations,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 20 }),
        (base, minimumPercent, extra) => {
          const baseline = base.map((a) => ({ ...a, year: '2014/15' }));
          const cut = Math.min(100, minimumPercent + extra) / 100;
          const next = baseline.map((a) => ({
            ...a,
            year: '2015/16',
            amountGbpThousands: a.amountGbpThousands * (1 - cut),
          }));
          const [r] = savingsProgress({
            allocations: [...baseline, ...next],
            targets: [target('t', { minimumPercent })],
          });
          const total = baseline.reduce((n, a) => n + a.amountGbpThousands, 0);
          if (total > 0) expect(r?.metPercent).toBe(true);
        },
      ),
    );
  });

  it('spending less in the target year never turns a met target into an unmet one', () => {
    fc.assert(
      fc.property(
        arbAllocations,
        arbTarget,
        fc.nat(19),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (allocations, t, i, factor) => {
          const [before] = savingsProgress({ allocations, targets: [t] });
          const lowered = allocations.map((a, j) =>
            j === i % Math.max(1, allocations.length) && a.year === '2015/16'
              ? { ...a, amountGbpThousands: a.amountGbpThousands * factor }
              : a,
          );
          const [after] = savingsProgress({ allocations: lowered, targets: [t] });
          if (before?.met === true) expect(after?.met).toBe(true);
          expect(after?.savingGbpThousands).toBeGreaterThanOrEqual(
            (before?.savingGbpThousands ?? 0) - 1e-6,
          );
        },
      ),
    );
  });
});
