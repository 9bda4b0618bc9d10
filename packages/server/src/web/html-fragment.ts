import { constants, crc32, deflateRawSync } from 'node:zlib';

/** gzip's fastest level: a page is packed on every request, a fragment once. */
const LEVEL = 1;

/**
 * A piece of HTML rendered once and sent many times (a chart of 500 points, the national picture),
 * kept with its own raw deflate stream. A page made of fragments and per-request HTML is gzipped
 * by packing only the per-request pieces: each piece ends on a full flush (byte-aligned, no
 * reference to earlier bytes), so the compressed pieces join into one valid deflate stream.
 */
export class HtmlFragment {
  readonly bytes: Buffer;
  readonly deflated: Buffer;
  constructor(readonly html: string) {
    this.bytes = Buffer.from(html, 'utf8');
    this.deflated = deflateRawSync(this.bytes, {
      level: LEVEL,
      finishFlush: constants.Z_FULL_FLUSH,
    });
  }
}

/** A page's pieces in order: per-request HTML and prepared fragments. */
export type PagePiece = string | HtmlFragment;

/** The page as one string (for clients that do not take gzip). */
export const joinPieces = (pieces: readonly PagePiece[]): string =>
  pieces.map((p) => (typeof p === 'string' ? p : p.html)).join('');

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** The page gzipped (RFC 1952), the fragments' deflate streams reused as they are. */
export function gzipPieces(pieces: readonly PagePiece[]): Buffer {
  const parts: Buffer[] = [HEADER];
  let crc = 0;
  let size = 0;
  const last = pieces.length - 1;
  pieces.forEach((piece, i) => {
    const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece.bytes;
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (typeof piece !== 'string') parts.push(piece.deflated);
    if (typeof piece === 'string' || i === last)
      parts.push(
        deflateRawSync(typeof piece === 'string' ? bytes : Buffer.alloc(0), {
          level: LEVEL,
          finishFlush: i === last ? constants.Z_FINISH : constants.Z_FULL_FLUSH,
        }),
      );
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  parts.push(trailer);
  return Buffer.concat(parts);
}
