import type { Hono } from 'hono';

/**
 * The methods an app answers at a path, from its registered routes (middleware excluded): for a
 * request no route matched, a non-empty answer means 405 with `Allow`, not 404.
 */
export function allowedMethods(app: {
  readonly routes: Hono['routes'];
}): (path: string) => string[] {
  let table: { pattern: RegExp; method: string }[] | undefined;
  return (path) => {
    table ??= app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => ({
        method: r.method,
        pattern: new RegExp(
          `^${r.path
            .split('/')
            .map((seg) =>
              seg.startsWith(':')
                ? '[^/]+'
                : seg === '*'
                  ? '.*'
                  : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
            )
            .join('/')}/?$`,
        ),
      }));
    const methods = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
