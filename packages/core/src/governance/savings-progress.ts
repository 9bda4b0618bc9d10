import type { WithId } from '../common/with-id.js';
import type { FinanceAllocation } from './finance-allocation.js';
import type { SavingsTarget } from './savings-target.js';

type Category = FinanceAllocation['category'];

export interface SavingsProgressInput {
  allocations: readonly FinanceAllocation[];
  targets: readonly WithId<SavingsTarget>[];
}

export interface SavingsYearPair {
  baselineGbpThousands: number;
  targetYearGbpThousands: number;
}

export interface BodySavings extends SavingsYearPair {
  bodyKey: string;
  bodyName: string;
  savingGbpThousands: number;
  /** This body's own saving as a percentage of its own baseline (null when it has none). */
  savingPercent: number | null;
}

/**
 * One budget line (a body's admin or programme allocation) with its own saving: shown beside the
 * target, which is not applied to it (para 121 sets its targets on the whole architecture and the
 * Academy). The source's notes stay with the figures (annex H).
 */
export interface BudgetLineSavings extends SavingsYearPair {
  bodyKey: string;
  bodyName: string;
  category: Category;
  savingGbpThousands: number;
  savingPercent: number | null;
  /** The source's own note beside the line, word for word. */
  note: string | null;
  /** The bodies sharing the line, when the source names them. */
  sharedBy: string[];
  /** True when the source says the split between `sharedBy` is not decided: no split is implied. */
  splitUndecided: boolean;
}

export interface SavingsProgressEntry extends SavingsYearPair {
  targetId: string;
  scope: string;
  reference: string | null;
  baselineYear: string;
  targetYear: string;
  /** The bodies counted: the target's bodyKeys, or every body with an allocation in either year when it has none. */
  bodyKeys: string[];
  /** baseline - target year, GBP thousands (negative when spending grew). */
  savingGbpThousands: number;
  /** The saving as a percentage of the baseline; 0 when the baseline is 0. */
  savingPercent: number;
  byCategory: Record<Category, SavingsYearPair>;
  bodies: BodySavings[];
  /** Each body's admin and programme lines, by body then category. */
  lines: BudgetLineSavings[];
  requiredPercent: number | null;
  requiredGbpThousands: number | null;
  /** Whether the percentage criterion is met; null when the target sets none. */
  metPercent: boolean | null;
  /** Whether the absolute criterion is met; null when the target sets none. */
  metAmount: boolean | null;
  /**
   * Every criterion the target sets is met. Null when it sets none, or when either year has no
   * allocation at all for its bodies (nothing to compare yet).
   */
  met: boolean | null;
  /** Bodies with no allocation in a year (a body may have closed: information, not an error). */
  missing: { bodyKey: string; year: string }[];
}

const EPSILON = 1e-9;
const percentOf = (saving: number, baseline: number) =>
  baseline > 0 ? (saving / baseline) * 100 : null;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Progress against savings targets (para 121: at least 15% across the improvement architecture,
 * GBP 2m from the Academy): baseline and target-year totals from the allocations (annex H, GBP
 * thousands), the saving in money and percent, and whether each target is met.
 * @example savingsProgress({ allocations, targets })[0].met // true
 */
export function savingsProgress(input: SavingsProgressInput): SavingsProgressEntry[] {
  return input.targets.map((t) => targetProgress(t, input.allocations));
}

type Target = WithId<SavingsTarget>;

/** Progress against one target. */
function targetProgress(
  t: Target,
  allocations: readonly FinanceAllocation[],
): SavingsProgressEntry {
  const inYears = allocations.filter((a) => a.year === t.baselineYear || a.year === t.targetYear);
  const bodyKeys =
    t.bodyKeys.length > 0
      ? [...new Set(t.bodyKeys)]
      : [...new Set(inYears.map((a) => a.bodyKey))].sort(cmp);
  const wanted = new Set(bodyKeys);
  const rows = inYears.filter((a) => wanted.has(a.bodyKey));
  const { byCategory, bodies, missing } = sumByBody(t, rows, bodyKeys);
  const baseline = bodies.reduce((n, b) => n + b.baselineGbpThousands, 0);
  const targetYear = bodies.reduce((n, b) => n + b.targetYearGbpThousands, 0);
  const saving = baseline - targetYear;
  const savingPercent = baseline > 0 ? (saving / baseline) * 100 : 0;
  return {
    targetId: t.id,
    scope: t.scope,
    reference: t.reference ?? null,
    baselineYear: t.baselineYear,
    targetYear: t.targetYear,
    bodyKeys,
    baselineGbpThousands: baseline,
    targetYearGbpThousands: targetYear,
    savingGbpThousands: saving,
    savingPercent,
    byCategory,
    bodies,
    lines: budgetLines(rows, bodyKeys, t.baselineYear, t.targetYear),
    requiredPercent: t.minimumPercent ?? null,
    requiredGbpThousands: t.amountGbpThousands ?? null,
    ...criteriaMet(t, rows, baseline, saving, savingPercent),
    missing,
  };
}

/** The target's totals by category and by body, and the bodies with no allocation in a year. */
function sumByBody(
  t: Target,
  rows: readonly FinanceAllocation[],
  bodyKeys: readonly string[],
): Pick<SavingsProgressEntry, 'byCategory' | 'bodies' | 'missing'> {
  const byCategory: Record<Category, SavingsYearPair> = {
    admin: { baselineGbpThousands: 0, targetYearGbpThousands: 0 },
    programme: { baselineGbpThousands: 0, targetYearGbpThousands: 0 },
  };
  const perBody = new Map<string, BodySavings & { seen: Set<string> }>(
    bodyKeys.map((k) => [
      k,
      {
        bodyKey: k,
        bodyName: k,
        baselineGbpThousands: 0,
        targetYearGbpThousands: 0,
        savingGbpThousands: 0,
        savingPercent: null,
        seen: new Set<string>(),
      },
    ]),
  );
  for (const a of rows) {
    const body = perBody.get(a.bodyKey);
    if (!body) continue;
    body.bodyName = a.bodyName;
    body.seen.add(a.year);
    // a target whose baseline and target years are the same counts each allocation in both
    if (a.year === t.baselineYear) {
      body.baselineGbpThousands += a.amountGbpThousands;
      byCategory[a.category].baselineGbpThousands += a.amountGbpThousands;
    }
    if (a.year === t.targetYear) {
      body.targetYearGbpThousands += a.amountGbpThousands;
      byCategory[a.category].targetYearGbpThousands += a.amountGbpThousands;
    }
  }
  const bodies = [...perBody.values()].map(({ seen: _seen, ...b }) => {
    const saving = b.baselineGbpThousands - b.targetYearGbpThousands;
    return {
      ...b,
      savingGbpThousands: saving,
      savingPercent: percentOf(saving, b.baselineGbpThousands),
    };
  });
  const missing = [...perBody.values()].flatMap((b) =>
    [t.baselineYear, t.targetYear]
      .filter((y, i, ys) => ys.indexOf(y) === i && !b.seen.has(y))
      .map((year) => ({ bodyKey: b.bodyKey, year })),
  );
  return { byCategory, bodies, missing };
}

/** Whether each criterion the target sets is met, and all of them (null when there is nothing to judge). */
function criteriaMet(
  t: Target,
  rows: readonly FinanceAllocation[],
  baseline: number,
  saving: number,
  savingPercent: number,
): Pick<SavingsProgressEntry, 'metPercent' | 'metAmount' | 'met'> {
  const metPercent =
    t.minimumPercent === undefined
      ? null
      : baseline > 0 && savingPercent >= t.minimumPercent - EPSILON;
  const metAmount =
    t.amountGbpThousands === undefined ? null : saving >= t.amountGbpThousands - EPSILON;
  const hasData =
    rows.some((a) => a.year === t.baselineYear) && rows.some((a) => a.year === t.targetYear);
  const criteria = [metPercent, metAmount].filter((x): x is boolean => x !== null);
  const met = criteria.length === 0 || !hasData ? null : criteria.every(Boolean);
  return { metPercent, metAmount, met };
}

/** The budget lines of the target's bodies: one per body and category, in the target's body order. */
function budgetLines(
  rows: readonly FinanceAllocation[],
  bodyKeys: readonly string[],
  baselineYear: string,
  targetYear: string,
): BudgetLineSavings[] {
  const lines = new Map<string, BudgetLineSavings>();
  for (const a of rows) {
    const key = `${a.bodyKey}\u0000${a.category}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        bodyKey: a.bodyKey,
        bodyName: a.bodyName,
        category: a.category,
        baselineGbpThousands: 0,
        targetYearGbpThousands: 0,
        savingGbpThousands: 0,
        savingPercent: null,
        note: null,
        sharedBy: [],
        splitUndecided: false,
      };
      lines.set(key, line);
    }
    if (a.year === baselineYear) line.baselineGbpThousands += a.amountGbpThousands;
    if (a.year === targetYear) line.targetYearGbpThousands += a.amountGbpThousands;
    if (a.note !== undefined) line.note ??= a.note;
    if (a.sharedBy?.length) line.sharedBy = [...new Set([...line.sharedBy, ...a.sharedBy])];
    if (a.splitUndecided) line.splitUndecided = true;
  }
  const order = (l: BudgetLineSavings) => bodyKeys.indexOf(l.bodyKey);
  return [...lines.values()]
    .map((l) => {
      const saving = l.baselineGbpThousands - l.targetYearGbpThousands;
      return {
        ...l,
        savingGbpThousands: saving,
        savingPercent: percentOf(saving, l.baselineGbpThousands),
      };
    })
    .sort((a, b) => order(a) - order(b) || cmp(a.category, b.category));
}
