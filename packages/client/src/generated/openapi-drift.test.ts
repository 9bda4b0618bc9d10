import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedTypes } from '../../scripts/openapi-document.js';

describe('the generated OpenAPI types', () => {
  it('equal a fresh generation from the server (run `pnpm --filter @tessera/client generate`)', async () => {
    const committed = readFileSync(new URL('./openapi.ts', import.meta.url), 'utf8');
    expect(committed === (await generatedTypes())).toBe(true);
  });
});
