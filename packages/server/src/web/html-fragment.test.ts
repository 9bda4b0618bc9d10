import { randomBytes } from 'node:crypto';
import { crc32, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Combine } from './crc32-combine.js';
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

describe('gzipPieces with per-request values', () => {
  it('stores short pieces as they are and still decodes to the page', () => {
    const head = new HtmlFragment('<head><script nonce="');
    const pieces = [head, 'abc+/=', new HtmlFragment('"></script>'), '', 'é', head];
    const gz = gzipPieces(pieces);
    expect(gunzipSync(gz).toString('utf8')).toBe(joinPieces(pieces));
    expect(gz.includes(Buffer.from('abc+/='))).toBe(true);
  });
});

describe('crc32Combine', () => {
  it('equals the CRC-32 of the joined bytes for any split', () => {
    const data = randomBytes(70_000);
    for (const at of [0, 1, 7, 8, 1000, 65_536, 69_999, 70_000]) {
      const a = data.subarray(0, at);
      const b = data.subarray(at);
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(data));
    }
  });
});
