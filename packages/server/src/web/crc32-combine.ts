/** The CRC-32 polynomial (reflected), as zlib and gzip use it. */
const POLY = 0xedb88320;

/** a(x) * b(x) modulo the CRC polynomial (zlib's `multmodp`). */
function multmodp(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  let x = b >>> 0;
  for (;;) {
    if ((a & m) !== 0) {
      p ^= x;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    x = x & 1 ? (x >>> 1) ^ POLY : x >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0..31. */
const X2N = new Uint32Array(32);
X2N[0] = 0x40000000;
for (let k = 1; k < 32; k++) X2N[k] = multmodp(X2N[k - 1]!, X2N[k - 1]!);

/** x^(n * 2^k) modulo the polynomial (zlib's `x2nmodp`). */
function x2nmodp(n: number, k: number): number {
  let p = 0x80000000;
  let rest = n;
  let i = k;
  while (rest > 0) {
    if (rest % 2 === 1) p = multmodp(X2N[i & 31]!, p);
    rest = Math.floor(rest / 2);
    i++;
  }
  return p;
}

/**
 * The CRC-32 of A followed by B from the CRC-32 of each and B's length (zlib's `crc32_combine`): a
 * page's checksum without reading again the bytes of fragments whose checksum is known.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multmodp(x2nmodp(lengthB, 3), crcA) ^ crcB) >>> 0;
}
