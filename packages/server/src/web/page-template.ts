import { randomBytes } from 'node:crypto';
import { HtmlFragment, type PagePiece } from './html-fragment.js';

/** A per-request value that a rendering kept for many requests leaves a hole for. */
export type SlotName = 'nonce' | 'csrf';

const secret = randomBytes(12).toString('hex');

/** The marker of each slot in markup: a per-process secret, so never in any user's text. */
export const SLOT: Readonly<Record<SlotName, string>> = {
  nonce: `tessera-nonce-${secret}`,
  csrf: `tessera-csrf-${secret}`,
};

const FIND = new RegExp(`${SLOT.nonce}|${SLOT.csrf}`, 'g');
const NAMES = new Map<string, SlotName>([
  [SLOT.nonce, 'nonce'],
  [SLOT.csrf, 'csrf'],
]);

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/**
 * Markup rendered once with holes for this response's nonce and CSRF token, kept as compressed
 * fragments between the holes: a request fills the holes and sends the fragments as they are.
 */
export class PageTemplate {
  readonly parts: readonly (HtmlFragment | SlotName)[];

  constructor(pieces: readonly (PagePiece | PageTemplate)[]) {
    const parts: (HtmlFragment | SlotName)[] = [];
    for (const piece of pieces) {
      if (piece instanceof HtmlFragment || piece instanceof PageTemplate) {
        parts.push(...(piece instanceof PageTemplate ? piece.parts : [piece]));
        continue;
      }
      let from = 0;
      for (const m of piece.matchAll(FIND)) {
        if (m.index > from) parts.push(new HtmlFragment(piece.slice(from, m.index)));
        parts.push(NAMES.get(m[0])!);
        from = m.index + m[0].length;
      }
      if (from < piece.length) parts.push(new HtmlFragment(piece.slice(from)));
    }
    this.parts = parts;
  }

  /** The pieces of this response, its values escaped as any text. */
  fill(values: Readonly<Record<SlotName, string>>): PagePiece[] {
    return this.parts.map((p) => (typeof p === 'string' ? escapeHtml(values[p]) : p));
  }
}
