import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';

describe('CSV downloads', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(toCsv(['a', 'b'], [[1, null]])).toBe('a,b\r\n1,\r\n');
  });

  it('quotes a lone CR or LF, writes objects as JSON and neutralises a leading tab', () => {
    expect(csvCell('x\ry')).toBe('"x\ry"');
    expect(csvCell('x\ny')).toBe('"x\ny"');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell(true)).toBe('true');
    expect(csvCell(undefined)).toBe('');
  });

  it('property: csv-parse reads back what toCsv writes (after formula neutralising)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '1', 'é') });
    const cell = fc.oneof(
      fc.constant(''),
      text.map((s) => `a${s}`),
    ); // no formula to neutralise
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }),
        (rows) => {
          const back = parse(toCsv(['h1', 'h2'], rows), { record_delimiter: '\r\n' });
          expect(back).toEqual([['h1', 'h2'], ...rows]);
        },
      ),
    );
  });
});
