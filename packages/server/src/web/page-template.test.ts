import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipPieces, HtmlFragment, joinPieces } from './html-fragment.js';
import { PageTemplate, SLOT } from './page-template.js';

describe('PageTemplate', () => {
  it('fills the nonce and CSRF holes of each response, escaped, around fragments kept as they are', () => {
    const chart = new HtmlFragment('<svg><path d="M0 0"/></svg>');
    const t = new PageTemplate([
      `<script nonce="${SLOT.nonce}"></script><input value="${SLOT.csrf}">`,
      chart,
      `<input value="${SLOT.csrf}">${SLOT.csrf}`,
    ]);
    expect(t.parts.filter((p) => typeof p === 'string')).toEqual(['nonce', 'csrf', 'csrf', 'csrf']);
    expect(t.parts).toContain(chart);
    const pieces = t.fill({ nonce: 'n0+/=', csrf: '"><b>' });
    const html = '<script nonce="n0+/="></script><input value="&quot;&gt;&lt;b&gt;">';
    const expected = `${html}<svg><path d="M0 0"/></svg><input value="&quot;&gt;&lt;b&gt;">&quot;&gt;&lt;b&gt;`;
    expect(joinPieces(pieces)).toBe(expected);
    expect(gunzipSync(gzipPieces(pieces)).toString('utf8')).toBe(expected);
  });

  it('takes in another template’s parts, and markup without holes as one fragment', () => {
    const inner = new PageTemplate([`<a>${SLOT.csrf}</a>`]);
    const t = new PageTemplate(['<p>plain</p>', inner]);
    expect(joinPieces(t.fill({ nonce: 'n', csrf: 'c' }))).toBe('<p>plain</p><a>c</a>');
    expect(t.parts[0]).toBeInstanceOf(HtmlFragment);
  });
});
