import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHARACTERISTIC_CATEGORIES,
  ETHNIC_GROUPS,
  ETHNICITY_CATEGORIES,
  PROTECTED_CHARACTERISTICS,
  ethnicGroupOf,
  isStated,
} from './protected-characteristics.js';

describe('protected characteristics', () => {
  it('lists 18 ONS 2011 ethnic categories in 5 groups, every characteristic ending with not_stated', () => {
    expect(ETHNICITY_CATEGORIES.filter((c) => c !== 'not_stated')).toHaveLength(18);
    for (const c of PROTECTED_CHARACTERISTICS)
      expect(CHARACTERISTIC_CATEGORIES[c].at(-1)).toBe('not_stated');
    expect(ETHNICITY_CATEGORIES.map(ethnicGroupOf).filter((g, i, a) => a.indexOf(g) === i)).toEqual(
      [...ETHNIC_GROUPS],
    );
  });

  it('maps categories to groups', () => {
    expect(ethnicGroupOf('asian_bangladeshi')).toBe('asian');
    expect(ethnicGroupOf('mixed_white_and_black_african')).toBe('mixed');
    expect(ethnicGroupOf('other_arab')).toBe('other');
    expect(ethnicGroupOf('white_gypsy_or_irish_traveller')).toBe('white');
    expect(ethnicGroupOf('not_stated')).toBe('not_stated');
    expect(ethnicGroupOf('asian')).toBe('not_stated');
    expect(ethnicGroupOf('black_martian')).toBe('not_stated');
    expect([isStated(undefined), isStated(''), isStated('not_stated'), isStated('female')]).toEqual(
      [false, false, false, true],
    );
  });

  it('property: a group is a known group, and only known categories get a real one', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...ETHNICITY_CATEGORIES), fc.string()), (c) => {
        const g = ethnicGroupOf(c);
        expect(ETHNIC_GROUPS).toContain(g);
        if (g !== 'not_stated')
          expect(
            (ETHNICITY_CATEGORIES as readonly string[]).includes(c) && c.startsWith(`${g}_`),
          ).toBe(true);
      }),
    );
  });
});
