/**
 * Opts one of a plugin's routes out of the token the host requires by default: the route is
 * answered without a token and the OpenAPI document says so (`security: []`).
 * @example app.openapi(publicRoute(createRoute({ method: 'get', path: '/summary', ... })), handler)
 */
export function publicRoute<R extends object>(route: R): R & { security: [] } {
  return Object.assign(route, { security: [] as [] });
}
