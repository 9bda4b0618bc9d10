import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));
// spelled in two parts so this file does not match itself
const CAST = new RegExp(`\\bas\\s+${'nev'}er\\b`);

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

describe('typed boundaries of the server', () => {
  it('has no cast to never anywhere in packages/server/src (tests included)', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (CAST.test(line)) found.push(`${relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  it('reads numbers from query strings and forms in decimal digits only, never by coercion', () => {
    // `Number()` takes `0x10`, ` 1e2` and `+5`: use queryInt (or a digits-only regex) instead
    const COERCE = new RegExp(`\\bz\\.${'coer'}ce\\b`);
    const found: string[] = [];
    for (const file of sources(SRC))
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (COERCE.test(line)) found.push(`${relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    expect(found).toEqual([]);
  });
});
