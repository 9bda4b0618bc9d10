import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../store.js';
import { seedEngland } from './seed-england.js';

// The review as the repository ships it (docs/review-2015.txt): the test reads the text itself.
const REVIEW = readFileSync(
  fileURLToPath(new URL('../../../../docs/review-2015.txt', import.meta.url)),
  'utf8',
).split('\n');

/** Whitespace and line breaks only: every run of white space becomes one space. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The review's text of recommendation `n` (paras 112-116): from "**Recommendation n:**" to the next
 * recommendation (or to para 113 after rec 4, para 115 after rec 11, para 117 after rec 16). The
 * markdown of the text file (list dashes, bold) and its footnotes (lines starting with a
 * superscript number, and the superscript references) are not words of the review.
 */
function reviewText(n: number): string {
  const from = REVIEW.findIndex((l) => l.includes(`**Recommendation ${n}:**`) && !/ref\./.test(l));
  const endMarker = n === 4 ? /^113\. / : n === 11 ? /^115\. / : n === 16 ? /^117\. / : undefined;
  const to = REVIEW.findIndex((l, i) =>
    i > from && endMarker ? endMarker.test(l) : l.includes(`**Recommendation ${n + 1}:**`),
  );
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  const words = REVIEW.slice(from, to)
    .filter((l) => !/^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(l))
    .map((l) =>
      l
        .replace(/^\s*-\s+/, '')
        .replace(/\*\*/g, '')
        .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, ''),
    )
    .join('\n');
  return squash(words.replace(/^[a-z][.)] Recommendation \d+: /, ''));
}

/** The executive summary's own reference for recommendation `n` ("ref. para 114.g"). */
function reviewReference(n: number): string | undefined {
  const line = REVIEW.find((l) => l.includes(`**Recommendation ${n} (ref. para `));
  return /\(ref\. para ([0-9]+\.[a-z])\)/.exec(line ?? '')?.[1];
}

const stores: Store[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

describe('the 16 recommendations (paras 112-116), as the seed stores them', () => {
  it('are the review’s words: each opening paragraph and every sub-point, in order', async () => {
    const store = await Store.open({ url: ':memory:', instance: 'hub' });
    stores.push(store);
    await seedEngland(store);
    const recs = (await store.repo('recommendation').all()).sort(
      (a, b) => (a['number'] as number) - (b['number'] as number),
    );
    expect(recs.map((r) => r['number'])).toEqual([...Array(16)].map((_, i) => i + 1));
    for (const r of recs) {
      const n = r['number'] as number;
      const points = r['points'] as { label?: string; text: string }[];
      const stored = squash(
        [r['text'] as string, ...points.map((p) => (p.label ? `${p.label}. ` : '') + p.text)].join(
          ' ',
        ),
      );
      expect({ n, text: stored }).toEqual({ n, text: reviewText(n) });
      expect({ n, paragraph: r['paragraph'] }).toEqual({ n, paragraph: reviewReference(n) });
    }
  });

  it('keep what the paraphrases lost (issue 13)', async () => {
    const store = await Store.open({ url: ':memory:', instance: 'hub' });
    stores.push(store);
    await seedEngland(store);
    const byNumber = new Map(
      (await store.repo('recommendation').all()).map((r) => [
        r['number'] as number,
        squash([r['text'], ...(r['points'] as { text: string }[]).map((p) => p.text)].join(' ')),
      ]),
    );
    // rec 3 (112.c): the shared membership of the two Boards
    expect(byNumber.get(3)).toContain(
      'sufficient shared membership to secure the necessary cross-fertilisation of concepts and approaches',
    );
    // rec 9 (114.e): the baseline assessment
    expect(byNumber.get(9)).toContain(
      'Carry out a baseline assessment of current improvement capability',
    );
    // rec 11 (114.g): accountability and governance, the senate governing body per region
    expect(byNumber.get(11)).toContain('to strengthen their accountability and governance');
    expect(byNumber.get(11)).toContain(
      'There should be one overarching governing body per region, accountable to the Regional Medical Director.',
    );
    // rec 12 (116.a): HEE chairs the leadership Board; GMTS stays with the Academy
    expect(byNumber.get(12)).toContain('HEE chair the new national leadership Governing Board');
    expect(byNumber.get(12)).toContain(
      'The graduate management training schemes will remain with the Leadership Academy',
    );
  });
});
