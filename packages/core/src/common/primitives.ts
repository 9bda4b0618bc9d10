import { z } from 'zod';
import { unsafeTextReason } from './safe-input.js';

const safe = (s: string) => unsafeTextReason(s) === undefined;
const SAFE_MESSAGE = 'must not contain a NUL character or a lone surrogate';

/** Any stored text: bounded, without NUL characters or lone surrogates (SQLite would cut or replace them). */
export const SafeString = (max = 500) => z.string().max(max).refine(safe, SAFE_MESSAGE);
/** A calendar date `YYYY-MM-DD` that exists (2015-02-30 is refused). */
export const IsoDate = z.iso.date().max(10);
/** A financial year `2015/16`. */
export const FinancialYear = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, 'expected a financial year like 2015/16');
/** A quarter `2015-Q3`. */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'expected a quarter like 2015-Q3');
/** A record reference (UUID): at most 64 characters. */
export const Ref = z.string().min(1).max(64).refine(safe, SAFE_MESSAGE);
/** Non-empty, trimmed, bounded text. */
export const Text = (max = 500) => z.string().trim().min(1).max(max).refine(safe, SAFE_MESSAGE);
/** A web address people follow from a page: http or https only (no `javascript:`, `data:`...). */
export const HttpUrl = (max = 300) =>
  z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(max);
export const Rag = z.enum(['red', 'amber', 'green']);
export type Rag = z.infer<typeof Rag>;
/**
 * A record as the domain functions take it: the entity's fields plus its `id`. Stored records
 * (`EntityRecord`, with the sync envelope) fit this shape too.
 * @example const org: WithId<Organisation> = { id: 'o1', name: 'Leeds', type: 'acute' };
 */
export type WithId<T> = T & { id: string };
