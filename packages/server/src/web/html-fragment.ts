import { constants, crc32, deflateRawSync } from 'node:zlib';
import { crc32Combine } from './crc32-combine.js';

/** gzip's fastest level: a page is packed on every request, a fragment once. */
const LEVEL = 1;

/**
 * A piece of HTML rendered once and sent many times (a chart of 500 points, the national picture),
 * kept with its own raw deflate stream and checksum. A page made of fragments and per-request HTML
 * is gzipped by packing only the per-request pieces: each piece ends on a full flush (byte-aligned,
 * no reference to earlier bytes), so the compressed pieces join into one valid deflate stream.
 */
export class HtmlFragment {
  readonly bytes: Buffer;
  readonly deflated: Buffer;
  readonly crc: number;
  constructor(readonly html: string) {
    this.bytes = Buffer.from(html, 'utf8');
    this.crc = crc32(this.bytes);
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
/** An empty final stored block: ends the deflate stream (RFC 1951 3.2.4). */
const FINAL = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
/** Per-request pieces up to this size (a nonce, a token) are stored: zlib costs more than it saves. */
const STORED_MAX = 256;

/** A non-final stored block of `bytes` (at most 65,535), starting on a byte boundary. */
function storedBlock(bytes: Buffer): Buffer {
  const block = Buffer.allocUnsafe(5 + bytes.length);
  block[0] = 0;
  block.writeUInt16LE(bytes.length, 1);
  block.writeUInt16LE(~bytes.length & 0xffff, 3);
  bytes.copy(block, 5);
  return block;
}

/** The page gzipped (RFC 1952), the fragments' deflate streams and checksums reused as they are. */
export function gzipPieces(pieces: readonly PagePiece[]): Buffer {
  const parts: Buffer[] = [HEADER];
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      crc = crc32Combine(crc, piece.crc, piece.bytes.length);
      size += piece.bytes.length;
      parts.push(piece.deflated);
      continue;
    }
    if (piece.length === 0) continue;
    const bytes = Buffer.from(piece, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    parts.push(
      bytes.length <= STORED_MAX
        ? storedBlock(bytes)
        : deflateRawSync(bytes, { level: LEVEL, finishFlush: constants.Z_FULL_FLUSH }),
    );
  }
  parts.push(FINAL);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  parts.push(trailer);
  return Buffer.concat(parts);
}
