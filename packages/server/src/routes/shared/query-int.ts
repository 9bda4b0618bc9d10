import { z } from 'zod';

/**
 * A whole number in a query string: decimal digits only (no `0x10`, ` 1e2`, `+5` or `1.0`, which a
 * coercing `Number()` would take), then bounded.
 * @example z.object({ limit: queryInt(1, 500).optional() })
 */
export function queryInt(min: number, max = 1_000_000_000) {
  return z
    .string()
    .max(10)
    .regex(/^[0-9]+$/, 'expected a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}
