import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/domain-error.js';
import { analyseSpc } from './analyse-spc.js';
import { diffAgainstFixture, inputOf, loadGoldenCases } from './__fixtures__/golden.js';

// Golden cases made by running NHSRplotthedots 0.2.2 in R (see __fixtures__/public.json `meta`).
const cases = loadGoldenCases();
const ok = cases.filter((c) => !c.expected.error);
const failing = cases.filter((c) => c.expected.error);

describe('NHSRplotthedots golden fixtures (public.json)', () => {
  it('holds the 52 public cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(52);
  });

  // The package ignores a rebase date that matches no row, so the fixtures run with strictRebase off.
  it.each(ok.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = analyseSpc(inputOf(c), { strictRebase: false });
    expect(diffAgainstFixture(result, c.expected)).toEqual([]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result); // JSON-safe: no NaN, no undefined
  });

  if (failing.length > 0)
    it.each(failing.map((c) => [c.id, c] as const))('%s (the package errors)', (_id, c) => {
      let error: unknown;
      try {
        analyseSpc(inputOf(c), { strictRebase: false });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.length).toBeGreaterThan(0);
    });
});
