import { createApp } from '@tessera/server';
import { pluginEntities } from '@tessera/plugin';
import { membershipPlugin } from '@tessera/plugin-membership';
import { Store } from '@tessera/store';
import openapiTS, { astToString } from 'openapi-typescript';

/** The server's OpenAPI document, from `createApp` with the membership plugin mounted. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const plugins = [membershipPlugin()];
  const store = await Store.open({
    url: ':memory:',
    instance: 'doc',
    entities: pluginEntities(plugins),
  });
  try {
    const app = createApp({ store, role: 'local', plugins });
    const res = await app.request('/api/v1/openapi.json');
    return (await res.json()) as Record<string, unknown>;
  } finally {
    store.close();
  }
}

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`pnpm --filter @tessera/client generate\`.
 * Do not edit: a test fails when this file differs from a fresh generation.
 */

`;

/** The TypeScript types of the document (openapi-typescript), as the committed file holds them. */
export async function generatedTypes(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(await openApiDocument()), {
    alphabetize: true,
  });
  return HEADER + astToString(ast);
}
