import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBenchmarkCsv, type BenchmarkShare } from './benchmark-csv.js';
import { ValidationError } from '../errors/domain-error.js';

function issuesOf(fn: () => unknown): unknown[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('parseBenchmarkCsv', () => {
  it('parses proportions and percentages', () => {
    const csv =
      'geography,characteristic,category,share\nLondon,ethnicity,white,0.598\nLondon,ethnicity,asian,18.5%\n';
    expect(parseBenchmarkCsv(csv)).toEqual([
      { geography: 'London', characteristic: 'ethnicity', category: 'white', share: 0.598 },
      { geography: 'London', characteristic: 'ethnicity', category: 'asian', share: 0.185 },
    ]);
  });

  it('accepts any column order and case, extra columns, quotes, CRLF, a BOM and blank lines', () => {
    const csv =
      '\uFEFFShare,Category,source,GEOGRAPHY,characteristic\r\n0.5,female,"ONS, 2011","Kent, Surrey and Sussex",sex\r\n\r\n" 0.49 ",male,ONS,"Kent, Surrey and Sussex",sex';
    expect(parseBenchmarkCsv(csv)).toEqual([
      {
        geography: 'Kent, Surrey and Sussex',
        characteristic: 'sex',
        category: 'female',
        share: 0.5,
      },
      {
        geography: 'Kent, Surrey and Sussex',
        characteristic: 'sex',
        category: 'male',
        share: 0.49,
      },
    ]);
  });

  it('reports every bad line with its number', () => {
    const csv = [
      'geography,characteristic,category,share',
      'England,sex,female,0.51',
      'England,sex,male,1.2',
      ',sex,x,0.1',
      'England,sex,female,0.5',
      'England,sex,other,abc',
    ].join('\n');
    expect(issuesOf(() => parseBenchmarkCsv(csv))).toEqual([
      { path: [3, 'share'], message: expect.stringContaining('1.2') },
      { path: [4, 'geography'], message: 'empty' },
      { path: [5, 'category'], message: 'duplicate of line 2' },
      { path: [6, 'share'], message: expect.stringContaining('abc') },
    ]);
    expect(issuesOf(() => parseBenchmarkCsv('geography,category,share\nx,y,0.1'))).toEqual([
      { path: [1, 'characteristic'], message: 'missing column' },
    ]);
    expect(issuesOf(() => parseBenchmarkCsv(''))).toEqual([
      { path: [1], message: 'missing header' },
    ]);
    expect(
      issuesOf(() => parseBenchmarkCsv('geography,characteristic,category,share\n"x,sex,a,0.1')),
    ).toEqual([{ path: [2], message: 'unterminated quote' }]);
    expect(() =>
      parseBenchmarkCsv('geography,characteristic,category,share\nx,sex,a,-0.1'),
    ).toThrow(ValidationError);
    expect(() => parseBenchmarkCsv('geography,characteristic,category,share\nx,sex,a,')).toThrow(
      ValidationError,
    );
  });

  it('counts lines inside quoted fields', () => {
    const csv =
      'geography,characteristic,category,share\n"North\nEast",sex,female,0.5\nNorth East,sex,female,2';
    expect(issuesOf(() => parseBenchmarkCsv(csv))).toEqual([
      { path: [4, 'share'], message: expect.any(String) },
    ]);
  });

  it('reads LF, CRLF and CR line ends, mixed in one file', () => {
    const csv = 'geography,characteristic,category,share\r\nA,sex,f,0.5\nB,sex,f,0.4\rC,sex,f,2';
    expect(issuesOf(() => parseBenchmarkCsv(csv))).toEqual([
      { path: [4, 'share'], message: expect.stringContaining('2') },
    ]);
  });

  it('names the line a record starts on, and the line of a file that is not CSV', () => {
    const multi = 'geography,characteristic,category,share\nA,sex,f,0.5\n"B\nC",sex,f,abc';
    expect(issuesOf(() => parseBenchmarkCsv(multi))).toEqual([
      { path: [3, 'share'], message: expect.any(String) },
    ]);
    const stray = 'geography,characteristic,category,share\nA,sex,f,0.5\n"B"x,sex,f,0.1';
    expect(issuesOf(() => parseBenchmarkCsv(stray))).toEqual([
      { path: [3], message: expect.stringMatching(/^CSV_/) },
    ]);
    expect(() => parseBenchmarkCsv(stray)).toThrow(/line 3/);
    const open = 'geography,characteristic,category,share\nA,sex,f,0.5\n"B\nC,sex,f,0.1\nD';
    expect(issuesOf(() => parseBenchmarkCsv(open))).toEqual([
      { path: [3], message: 'unterminated quote' },
    ]);
  });

  // An independent RFC 4180 writer: every field quoted, quotes doubled.
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const text = fc
    .string({
      unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '\r\n', 'é', '-', '1'),
      minLength: 1,
      maxLength: 12,
    })
    .filter((s) => s.trim() !== '');
  const row = fc.record({
    geography: text,
    characteristic: text,
    category: text,
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('property: what an RFC 4180 writer writes, the parser reads back', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(row, {
          selector: (r) => `${r.geography.trim()}|${r.characteristic.trim()}|${r.category.trim()}`,
          maxLength: 10,
        }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, eol, trailing) => {
          const lines = [
            'category,share,geography,characteristic',
            ...rows.map((r) =>
              [r.category, String(r.share), r.geography, r.characteristic].map(quote).join(','),
            ),
          ];
          const parsed = parseBenchmarkCsv(lines.join(eol) + (trailing ? eol : ''));
          const expected: BenchmarkShare[] = rows.map((r) => ({
            geography: r.geography.trim(),
            characteristic: r.characteristic.trim(),
            category: r.category.trim(),
            share: r.share,
          }));
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });
});
