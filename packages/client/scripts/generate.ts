import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedTypes } from './openapi-document.js';

const target = fileURLToPath(new URL('../src/generated/openapi.ts', import.meta.url));
writeFileSync(target, await generatedTypes());
console.log(`wrote ${target}`);
