import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPlugins } from '@tessera/plugin';
import { CliError } from '../cli-error.js';
import { TesseraConfig } from './define-config.js';

const EXTENSIONS = new Set(['.ts', '.mts', '.js', '.mjs']);

/**
 * Imports a config module: natively when the runtime can (`.js`, `.mjs`, or `.ts` under tsx),
 * otherwise (`.ts` under plain node, as the built binary runs) through jiti, loaded only then.
 */
async function importConfig(file: string): Promise<unknown> {
  const url = pathToFileURL(file).href;
  try {
    return await import(url);
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
    const { createJiti } = await import('jiti');
    return createJiti(import.meta.url, { moduleCache: false }).import(file);
  }
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(config)'}: ${i.message}`)
    .join('; ');
}

/**
 * Reads and checks a config file. Every failure stops start-up with one message naming the field
 * or the plugin: a file that does not load, a plugin factory refusing its options (an unknown
 * option included), a field of the wrong type, a duplicate plugin id, an unsupported plugin API.
 */
export async function loadConfig(path: string): Promise<TesseraConfig> {
  const file = resolve(path);
  if (!EXTENSIONS.has(extname(file)))
    throw new CliError(`config ${path}: expected a .ts, .mts, .js or .mjs file`);
  if (!existsSync(file)) throw new CliError(`config ${path}: no such file`);
  let mod: unknown;
  try {
    mod = await importConfig(file);
  } catch (e) {
    const err = e as Error & { issues?: { path: PropertyKey[]; message: string }[] };
    // a plugin factory validates its options when the config calls it: its error names the plugin
    const detail = err.issues?.length ? ` (${describeIssues(err.issues)})` : '';
    throw new CliError(`config ${path}: ${err.message}${detail}`);
  }
  const value = (mod as { default?: unknown }).default ?? mod;
  const parsed = TesseraConfig.safeParse(value);
  if (!parsed.success)
    throw new CliError(`config ${path}: invalid: ${describeIssues(parsed.error.issues)}`);
  try {
    checkPlugins(parsed.data.plugins);
  } catch (e) {
    throw new CliError(`config ${path}: ${(e as Error).message}`);
  }
  return parsed.data;
}
