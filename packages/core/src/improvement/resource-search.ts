import type { ImprovementResource, ResourceKind } from './improvement-resource.js';

/** What the search reads of a resource (a stored resource fits). */
export type SearchableResource = { id: string } & Pick<
  ImprovementResource,
  'title' | 'summary' | 'kind' | 'tags'
> &
  Partial<Pick<ImprovementResource, 'publishedOn'>>;

export interface ResourceQuery {
  /** Free text; words are matched whole or as the start of a word (3+ letters), case and accents ignored. */
  q?: string;
  /** Every one of these tags is required (case ignored). */
  tags?: readonly string[];
  kind?: ResourceKind;
}

export interface ResourceHit<R extends SearchableResource = SearchableResource> {
  resource: R;
  score: number;
  /** The query terms the resource matched, in query order. */
  matchedTerms: string[];
}

/** Weights of a whole-word match per field; a prefix match scores half. */
export const SEARCH_WEIGHTS = Object.freeze({ tag: 5, title: 3, summary: 1 });

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'for',
  'from',
  'how',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lower-case words of a text, accents removed, split at anything that is not a letter or digit,
 * stop words dropped.
 * @example tokenise('Plan-Do-Study-Act: the Basics') // ['plan', 'do', 'study', 'act', 'basics']
 */
export function tokenise(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !STOP_WORDS.has(w));
}

/** The best weight of `term` among `words`: whole word, else a prefix (terms of 3+ characters), else 0. */
function fieldScore(term: string, words: ReadonlySet<string>, weight: number): number {
  if (words.has(term)) return weight;
  if (term.length >= 3) for (const w of words) if (w.startsWith(term)) return weight / 2;
  return 0;
}

/**
 * Ranked search of the one-stop shop's resources (rec 8). Filters by kind and tags; with query
 * terms, scores each term's best match in tags (5), title (3) and summary (1), halved for a prefix
 * match, and keeps resources matching at least one term. Order: more terms matched, higher score,
 * then title and id; without terms, newest first, then title and id. Deterministic whatever the input order.
 * @example searchResources(resources, { q: 'sepsis toolkit', kind: 'toolkit' })[0]?.resource.title
 */
export function searchResources<R extends SearchableResource>(
  resources: readonly R[],
  query: ResourceQuery = {},
): ResourceHit<R>[] {
  const terms = [...new Set(tokenise(query.q ?? ''))];
  const wantTags = [
    ...new Set((query.tags ?? []).map((t) => t.trim().toLowerCase()).filter((t) => t !== '')),
  ];

  const hits: ResourceHit<R>[] = [];
  for (const resource of resources) {
    if (query.kind !== undefined && resource.kind !== query.kind) continue;
    const tags = new Set(resource.tags.map((t) => t.trim().toLowerCase()));
    if (!wantTags.every((t) => tags.has(t))) continue;
    if (terms.length === 0) {
      hits.push({ resource, score: 0, matchedTerms: [] });
      continue;
    }
    const tagWords = new Set(resource.tags.flatMap(tokenise));
    const titleWords = new Set(tokenise(resource.title));
    const summaryWords = new Set(tokenise(resource.summary));
    let score = 0;
    const matchedTerms: string[] = [];
    for (const term of terms) {
      const s =
        fieldScore(term, tagWords, SEARCH_WEIGHTS.tag) +
        fieldScore(term, titleWords, SEARCH_WEIGHTS.title) +
        fieldScore(term, summaryWords, SEARCH_WEIGHTS.summary);
      if (s > 0) {
        score += s;
        matchedTerms.push(term);
      }
    }
    if (matchedTerms.length > 0) hits.push({ resource, score, matchedTerms });
  }

  const tie = (a: ResourceHit<R>, b: ResourceHit<R>) =>
    cmp(a.resource.title, b.resource.title) || cmp(a.resource.id, b.resource.id);
  return terms.length === 0
    ? hits.sort(
        (a, b) => cmp(b.resource.publishedOn ?? '', a.resource.publishedOn ?? '') || tie(a, b),
      )
    : hits.sort(
        (a, b) => b.matchedTerms.length - a.matchedTerms.length || b.score - a.score || tie(a, b),
      );
}
