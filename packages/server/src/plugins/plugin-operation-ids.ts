import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context.js';
import { camel, pascal } from '../routes/shared/pascal.js';

/** `get` + `/invoices/{id}/pay` -> `getInvoicesIdPay`: the id of a route its plugin left unnamed. */
function derivedId(method: string, path: string): string {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method.toLowerCase() + words.map((w) => pascal(w.toLowerCase())).join('');
}

/**
 * Names every operation of a plugin's router `<pluginId><OperationId>` (the plugin's own id, or
 * one derived from method and path), so plugin operations are unique in the document and a
 * generated client reaches them by a stable name.
 */
export function prefixOperationIds(app: OpenAPIHono<AppEnv>, pluginId: string): void {
  const prefix = camel(pluginId);
  for (const d of app.openAPIRegistry.definitions) {
    if (d.type !== 'route') continue;
    const own = d.route.operationId ?? derivedId(d.route.method, d.route.path);
    d.route.operationId = prefix + own.charAt(0).toUpperCase() + own.slice(1);
  }
}
