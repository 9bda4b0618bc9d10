import { describe, expect, it } from 'vitest';
import { groupRanges, rebaseGroups, xmrLimits, xmrPointState, XMR_LIMIT_CLOSE } from './xmr.js';

const NA = Number.NaN;

describe('xmrLimits', () => {
  it('mean +/- 2.66 x average moving range, 2-sigma at 2 x 2.66/3', () => {
    // MRs 2, 2, 2 -> amr 2; mean 11.
    const l = xmrLimits([10, 12, 10, 12]);
    expect(l.mean).toBe(11);
    expect(l.amr).toBe(2);
    expect(l.lpl).toBe(11 - 2.66 * 2);
    expect(l.upl).toBe(11 + 2.66 * 2);
    expect(l.twoSigmaLower).toBe(11 - XMR_LIMIT_CLOSE * 2);
    expect(l.oneSigmaUpper).toBe(11 + (2.66 / 3) * 2);
  });

  it('screens moving ranges of 3.267 x the first average or more, once', () => {
    // MRs: 1 x 10 and one of 20: amr0 = 30/11 = 2.727..., cut 8.91 -> the 20 is dropped -> amr 1.
    const y = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 30];
    expect(xmrLimits(y).amr).toBe(1);
    expect(xmrLimits(y, { screenOutliers: false }).amr).toBe(30 / 11);
  });

  it('fixes on the first n rows (missing rows count) but judges every row', () => {
    const y = [10, 12, NA, 11, 13, 10, 9, 12, 11, 10, 14, 11, 50, 60];
    const l = xmrLimits(y, { fixAfterNPoints: 12 });
    expect(l.mean).toBe((10 + 12 + 11 + 13 + 10 + 9 + 12 + 11 + 10 + 14 + 11) / 11);
    // MRs touching the NA are missing: |12-10|, |13-11|, |10-13|, |9-10|, |12-9|, |11-12|, |10-11|, |14-10|, |11-14|
    expect(l.amr).toBe((2 + 2 + 3 + 1 + 3 + 1 + 1 + 4 + 3) / 9);
    const state = xmrPointState(y, l);
    expect(state.outsideLimits.slice(12)).toEqual([true, true]);
    expect(state.outsideLimits[2]).toBeNull();
    expect(state.relativeToMean[2]).toBeNaN();
  });

  it('gives NaN limits for one point and for a constant series (screened), mean-wide limits unscreened', () => {
    const one = xmrLimits([5]);
    expect(one.mean).toBe(5);
    expect(one.lpl).toBeNaN();
    const flat = xmrLimits([3, 3, 3, 3]);
    expect(flat.amr).toBeNaN();
    expect(xmrLimits([3, 3, 3, 3], { screenOutliers: false })).toMatchObject({
      amr: 0,
      lpl: 3,
      upl: 3,
    });
    // A single blip: its non-zero ranges are screened out -> amr 0 -> the blip is outside.
    const blip = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5];
    const l = xmrLimits(blip);
    expect(l.amr).toBe(0);
    expect(xmrPointState(blip, l).outsideLimits.filter(Boolean)).toHaveLength(15);
  });

  it('judges boundaries strictly: on a limit is close, not outside; on the 2-sigma line is neither', () => {
    const l = {
      mean: 10,
      amr: 1,
      lpl: 10 - 2.66,
      upl: 10 + 2.66,
      twoSigmaLower: 10 - XMR_LIMIT_CLOSE,
      twoSigmaUpper: 10 + XMR_LIMIT_CLOSE,
      oneSigmaLower: 0,
      oneSigmaUpper: 0,
    };
    const s = xmrPointState([10 + 2.66, 10 + XMR_LIMIT_CLOSE, 10, 13], l);
    expect(s.outsideLimits).toEqual([false, false, false, true]);
    expect(s.closeToLimits).toEqual([true, false, false, false]);
    expect([...s.relativeToMean]).toEqual([1, 1, 0, 1]);
  });
});

describe('rebase groups', () => {
  it('is cumsum of rebase marks; unknown dates are ignored; a first-date rebase starts at 1', () => {
    const dates = ['2020-01-01', '2020-02-01', '2020-03-01', '2020-04-01'];
    expect([...rebaseGroups(dates, ['2020-03-01', '1999-01-01'])]).toEqual([0, 0, 1, 1]);
    expect([...rebaseGroups(dates, ['2020-01-01'])]).toEqual([1, 1, 1, 1]);
    expect(groupRanges([0, 0, 1, 1, 1])).toEqual([
      { group: 0, start: 0, end: 2 },
      { group: 1, start: 2, end: 5 },
    ]);
    expect(groupRanges([])).toEqual([]);
  });
});
