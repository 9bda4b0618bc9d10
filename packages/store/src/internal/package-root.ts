import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * This package's folder, found by its name rather than from this module's URL, so that its files
 * (migrations, seed data) are found from `src/`, from `dist/`, and from a bundle that inlines this
 * module (the `tessera` binary).
 */
export const STORE_ROOT = dirname(
  createRequire(import.meta.url).resolve('@tessera/store/package.json'),
);
