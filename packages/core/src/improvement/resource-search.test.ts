import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ResourceKind } from './improvement-resource.js';
import { searchResources, tokenise, type SearchableResource } from './resource-search.js';

const res = (
  id: string,
  title: string,
  summary: string,
  tags: string[] = [],
  kind: SearchableResource['kind'] = 'toolkit',
  publishedOn?: string,
): SearchableResource => ({
  id,
  title,
  summary,
  tags,
  kind,
  ...(publishedOn ? { publishedOn } : {}),
});
const resources = [
  res(
    'r1',
    'Sepsis screening toolkit',
    'Screening tools and the sepsis six bundle',
    ['sepsis', 'patient safety'],
    'toolkit',
    '2015-03-01',
  ),
  res(
    'r2',
    'Reducing falls: a case study',
    'How a ward cut inpatient falls with safety huddles',
    ['falls', 'patient safety'],
    'case_study',
    '2015-06-01',
  ),
  res(
    'r3',
    'Statistical process control e-learning',
    'Making Data Count: run charts and SPC charts',
    ['measurement', 'spc'],
    'e_learning',
  ),
  res(
    'r4',
    'Improvement guidance for boards',
    'What boards should ask about quality improvement and sepsis',
    [],
    'guidance',
    '2014-11-01',
  ),
  res('r5', 'Café de Paris guide', 'Naïve approaches to flow', ['flow'], 'guidance'),
];
const ids = (hits: ReturnType<typeof searchResources>) => hits.map((h) => h.resource.id);

describe('tokenise', () => {
  it('lower-cases, strips accents, splits at punctuation and drops stop words', () => {
    expect(tokenise('Plan-Do-Study-Act: the Basics')).toEqual([
      'plan',
      'do',
      'study',
      'act',
      'basics',
    ]);
    expect(tokenise('Café NAÏVE  e-learning')).toEqual(['cafe', 'naive', 'e', 'learning']);
    expect(tokenise('')).toEqual([]);
  });
});

describe('searchResources', () => {
  it('ranks tag matches above title matches above summary matches', () => {
    const hits = searchResources(resources, { q: 'sepsis' });
    expect(ids(hits)).toEqual(['r1', 'r4']);
    expect(hits[0]).toMatchObject({ score: 9, matchedTerms: ['sepsis'] }); // tag 5 + title 3 + summary 1
    expect(hits[1]?.score).toBe(1);
  });

  it('ranks resources matching more terms first, and matches word prefixes at half weight', () => {
    expect(ids(searchResources(resources, { q: 'safety falls' }))).toEqual(['r2', 'r1']);
    const prefix = searchResources(resources, { q: 'screen' });
    expect(prefix.map((h) => [h.resource.id, h.score])).toEqual([['r1', 2]]); // title 1.5 + summary 0.5
    expect(searchResources(resources, { q: 'sc' })).toEqual([]); // too short for a prefix
    expect(ids(searchResources(resources, { q: 'cafe naive' }))).toEqual(['r5']);
  });

  it('filters by kind and by every tag asked for', () => {
    expect(ids(searchResources(resources, { tags: ['Patient Safety'] }))).toEqual(['r2', 'r1']);
    expect(ids(searchResources(resources, { tags: ['patient safety', 'falls'] }))).toEqual(['r2']);
    expect(ids(searchResources(resources, { q: 'sepsis', kind: 'guidance' }))).toEqual(['r4']);
  });

  it('without terms lists everything filtered, newest first, then by title', () => {
    expect(ids(searchResources(resources))).toEqual(['r2', 'r1', 'r4', 'r5', 'r3']);
    expect(ids(searchResources(resources, { q: 'the and of' }))).toEqual([
      'r2',
      'r1',
      'r4',
      'r5',
      'r3',
    ]);
  });
});

describe('searchResources properties', () => {
  const word = fc.constantFrom(
    'sepsis',
    'falls',
    'flow',
    'safety',
    'spc',
    'charts',
    'boards',
    'lean',
    'the',
  );
  const resource = fc.record({
    title: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
    summary: fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')),
    tags: fc.uniqueArray(word, { maxLength: 3 }),
    kind: fc.constantFrom(...ResourceKind.options),
    publishedOn: fc.option(fc.constantFrom('2014-01-01', '2015-01-01'), { nil: undefined }),
  });
  const list = fc
    .array(resource, { maxLength: 12 })
    .map((rs) =>
      rs.map((r, i): SearchableResource => ({ id: `r${String(i).padStart(2, '0')}`, ...r })),
    );
  const query = fc.record({
    q: fc.option(
      fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')),
      { nil: undefined },
    ),
    tags: fc.option(fc.uniqueArray(word, { maxLength: 2 }), { nil: undefined }),
    kind: fc.option(fc.constantFrom(...ResourceKind.options), { nil: undefined }),
  });
  const clean = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  it('is deterministic whatever the input order, respects filters and returns only matches', () => {
    fc.assert(
      fc.property(list, query, fc.integer(), (rs, rawQ, seed) => {
        const q = clean(rawQ);
        const hits = searchResources(rs, q);
        const shuffled = [...rs]
          .map((r, i) => ({ r, k: Math.sin(seed + i) }))
          .sort((a, b) => a.k - b.k)
          .map((p) => p.r);
        expect(ids(searchResources(shuffled, q))).toEqual(ids(hits));
        const terms = tokenise(q.q ?? '');
        for (const h of hits) {
          if (q.kind) expect(h.resource.kind).toBe(q.kind);
          for (const t of q.tags ?? []) expect(h.resource.tags).toContain(t);
          if (terms.length > 0) {
            expect(h.score).toBeGreaterThan(0);
            const words = new Set([
              ...tokenise(h.resource.title),
              ...tokenise(h.resource.summary),
              ...h.resource.tags.flatMap(tokenise),
            ]);
            expect(h.matchedTerms.every((t) => [...words].some((w) => w.startsWith(t)))).toBe(true);
          }
        }
        if (terms.length === 0)
          expect(hits).toHaveLength(
            rs.filter(
              (r) =>
                (!q.kind || r.kind === q.kind) && (q.tags ?? []).every((t) => r.tags.includes(t)),
            ).length,
          );
        for (let i = 1; i < hits.length; i += 1) {
          const a = hits[i - 1]!;
          const b = hits[i]!;
          if (terms.length > 0)
            expect(
              a.matchedTerms.length > b.matchedTerms.length ||
                (a.matchedTerms.length === b.matchedTerms.length && a.score >= b.score),
            ).toBe(true);
        }
        if (q.tags && q.tags.length > 0) {
          const wider = ids(searchResources(rs, { ...q, tags: q.tags.slice(1) }));
          for (const id of ids(hits)) expect(wider).toContain(id);
        }
      }),
    );
  });
});
