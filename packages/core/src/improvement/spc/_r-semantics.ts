/**
 * The two pieces of R behaviour the SPC engine must copy bit for bit to agree with
 * NHSRplotthedots: R's `mean()` (accumulated in extended precision, then corrected, so it is
 * the correctly rounded mean in practice) and R's three-valued logic, where `NA` propagates
 * through comparisons, `&`, `|`, `all()` and `any()`.
 *
 * `Tri` is `true`, `false` or `null` (R's logical `NA`).
 */
export type Tri = boolean | null;

/** R `&`: FALSE wins over NA, NA wins over TRUE. */
export function triAnd(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  if (a === null || b === null) return null;
  return true;
}

/** R `|` (and `||` on scalars): TRUE wins over NA, NA wins over FALSE. */
export function triOr(a: Tri, b: Tri): Tri {
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}

/** R `!`: NA stays NA. */
export function triNot(a: Tri): Tri {
  return a === null ? null : !a;
}

/** R `a > b` on doubles: NA (or NaN) on either side gives NA. */
export function triGt(a: number, b: number): Tri {
  return Number.isNaN(a) || Number.isNaN(b) ? null : a > b;
}

/** R `a < b` on doubles: NA (or NaN) on either side gives NA. */
export function triLt(a: number, b: number): Tri {
  return Number.isNaN(a) || Number.isNaN(b) ? null : a < b;
}

/** R `sign(x)` with NA/NaN mapped to NaN and `-0` to `0`. */
export function rSign(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : Number.NaN;
}

const SPLITTER = 134217729; // 2^27 + 1, Dekker's splitting constant for doubles

/** Error-free product: returns the rounding error of `a * b` (so a*b = fl(a*b) + error exactly). */
function twoProductError(a: number, b: number, p: number): number {
  const ca = SPLITTER * a;
  const ahi = ca - (ca - a);
  const alo = a - ahi;
  const cb = SPLITTER * b;
  const bhi = cb - (cb - b);
  const blo = b - bhi;
  return alo * blo - (p - ahi * bhi - alo * bhi - ahi * blo);
}

/**
 * R's `mean(x)` of the non-NaN entries of `values[from..to)` (NaN stands for NA and is skipped,
 * like `na.rm = TRUE`); NaN when nothing is left. The sum is carried as a double-double and the
 * quotient corrected by its exact remainder, giving the correctly rounded mean, which is what R's
 * long-double accumulation with its second correcting pass returns.
 */
export function rMean(values: ArrayLike<number>, from = 0, to = values.length): number {
  let s = 0;
  let c = 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    const x = values[i] as number;
    if (Number.isNaN(x)) continue;
    const t = s + x;
    const bp = t - s;
    c += s - (t - bp) + (x - bp);
    s = t;
    n++;
  }
  if (n === 0) return Number.NaN;
  const hi = s + c;
  const lo = c - (hi - s);
  const q = hi / n;
  if (!Number.isFinite(hi) || !Number.isFinite(q) || !Number.isFinite(q * SPLITTER)) return q;
  const p = q * n;
  const remainder = hi - p - twoProductError(q, n, p) + lo;
  return q + remainder / n;
}
