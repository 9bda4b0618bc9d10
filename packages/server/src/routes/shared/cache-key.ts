/**
 * The cache key of a read: its path and its query parameters in a canonical order. Call it after
 * the route validated the query (unknown parameters are refused with 400 before), so a key holds
 * only parameters the route knows: junk never multiplies the cache's entries.
 */
export const cacheKey = (url: string) => {
  const u = new URL(url);
  if (!u.search) return u.pathname;
  const params = [...u.searchParams].sort(([a, x], [b, y]) =>
    a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1,
  );
  return `${u.pathname}?${new URLSearchParams(params).toString()}`;
};
