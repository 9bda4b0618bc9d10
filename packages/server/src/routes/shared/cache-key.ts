/** The cache key of a read: its path and query. */
export const cacheKey = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};
