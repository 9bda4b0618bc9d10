import { ValidationError } from '@tessera/core';

const SCHEMES = ['file:', 'libsql:', 'http:', 'https:', 'ws:', 'wss:'];

/**
 * Checks a libSQL database URL: `file:<path>` (the embedded default), `:memory:`, or a remote
 * `libsql://`, `http(s)://` or `ws(s)://` server (sqld, Turso). Throws a `ValidationError` otherwise.
 */
export function checkDatabaseUrl(url: string): { url: string; local: boolean; path?: string } {
  if (url === ':memory:') return { url, local: true };
  const scheme = SCHEMES.find((s) => url.startsWith(s));
  if (!scheme) {
    throw new ValidationError(
      `Unsupported database URL "${url}": use file:<path>, :memory:, libsql://<host>, http(s)://<host> or ws(s)://<host>`,
      [{ path: ['db'], message: 'unsupported scheme' }],
    );
  }
  if (scheme === 'file:') {
    const path =
      url
        .slice('file:'.length)
        .replace(/^\/\/(?=\/)/, '')
        .split('?')[0] ?? '';
    if (!path)
      throw new ValidationError(`The database URL "${url}" names no file`, [
        { path: ['db'], message: 'empty path' },
      ]);
    return { url, local: true, path };
  }
  try {
    new URL(url);
  } catch {
    throw new ValidationError(`The database URL "${url}" is not a valid URL`, [
      { path: ['db'], message: 'invalid URL' },
    ]);
  }
  return { url, local: false };
}
