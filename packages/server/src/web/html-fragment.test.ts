import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipPieces, HtmlFragment, joinPieces } from './html-fragment.js';

describe('gzipPieces', () => {
  it('joins per-request HTML and prepared fragments into one gzip stream that decodes to the page', () => {
    const chart = new HtmlFragment(`<svg>${'<path d="M0 0L1 1"/>'.repeat(5000)}</svg>é✓`);
    const table = new HtmlFragment(
      '<table>'.concat('<tr><td>1</td></tr>'.repeat(3000), '</table>'),
    );
    for (const pieces of [
      ['<!doctype html><main>', chart, '<p>between</p>', table, '</main>'],
      [chart, table],
      ['only text ✓'],
      [chart],
      ['', chart, ''],
    ]) {
      const gz = gzipPieces(pieces);
      expect(gunzipSync(gz).toString('utf8')).toBe(joinPieces(pieces));
    }
  });

  it('reuses a fragment’s compressed bytes rather than packing it again', () => {
    const big = new HtmlFragment('x'.repeat(1_000_000));
    const gz = gzipPieces(['<p>', big, '</p>']);
    expect(gz.includes(big.deflated)).toBe(true);
    expect(gz.length).toBeLessThan(big.deflated.length + 64);
  });
});
