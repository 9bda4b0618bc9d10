/**
 * Short-group warnings (`R/ptd_add_short_group_warnings.R`).
 *
 * A (facet, rebase group) with fewer than `SHORT_GROUP_THRESHOLD` points has "trial" limits: they
 * move with every new point. The package marks every point of such a group with
 * `short_group_warning = TRUE` and raises one R warning for the whole call. The warning's text
 * says "n < 12" while the default threshold (option `ptd_spc.warning_threshold`) is 13, so a
 * 12-point group still warns. We keep both exactly as the package has them so that results
 * compare one to one with it.
 */

/** Groups with fewer points than this are short (the package's default threshold). */
export const SHORT_GROUP_THRESHOLD = 13;

/** The package's warning text, word for word. */
export const SHORT_GROUP_WARNING =
  "Some groups have 'n < 12' observations. These have trial limits, which will be revised with each additional observation until 'n = fix_after_n_points' has been reached.";

/** Whether a group of `n` points (missing values included) is short. */
export function isShortGroup(n: number, threshold: number = SHORT_GROUP_THRESHOLD): boolean {
  return n < threshold;
}

/** The indices of the short groups among `groupSizes` (in the order given). */
export function shortGroups(
  groupSizes: Iterable<number>,
  threshold: number = SHORT_GROUP_THRESHOLD,
): number[] {
  const out: number[] = [];
  let i = 0;
  for (const n of groupSizes) {
    if (isShortGroup(n, threshold)) out.push(i);
    i++;
  }
  return out;
}

/**
 * The warnings of a series given the size of each of its rebase groups: the package's one
 * short-group warning if any group is short, otherwise none.
 */
export function shortGroupWarnings(
  groupSizes: Iterable<number>,
  threshold: number = SHORT_GROUP_THRESHOLD,
): string[] {
  return shortGroups(groupSizes, threshold).length > 0 ? [SHORT_GROUP_WARNING] : [];
}
