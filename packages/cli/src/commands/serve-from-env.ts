import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PluginInstance } from '@tessera/plugin';
import { CliError } from '../cli-error.js';
import { TesseraConfig } from '../config/define-config.js';
import { runInstance } from './run-instance.js';
import type { RunningInstance } from './serve.js';

const optional = z.string().min(1).optional();

/** A deployment's settings, all from the environment (12-factor): what compose.yaml sets. */
export const DeploymentEnv = z.object({
  TESSERA_INSTANCE: optional,
  TESSERA_DB: optional,
  TESSERA_DB_AUTH_TOKEN: optional,
  TESSERA_HOST: optional,
  TESSERA_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  TESSERA_SEED: z.enum(['england', 'none']).default('england'),
  TESSERA_HUB: optional,
  TESSERA_HUB_TOKEN: optional,
  /** A file holding the hub token (a container secret), instead of TESSERA_HUB_TOKEN. */
  TESSERA_HUB_TOKEN_FILE: optional,
  TESSERA_SYNC_INTERVAL: z.coerce.number().min(1).optional(),
  TESSERA_SUPPRESSION_FLOOR: z.coerce.number().int().optional(),
  /** Comma-separated ids of the plugins to run, among those the deployment ships. */
  TESSERA_PLUGINS: z.string().optional(),
});

/**
 * Starts a deployment (apps/hub, apps/local) from the environment alone: the settings of
 * `DeploymentEnv`, the plugins chosen by `TESSERA_PLUGINS` among those it ships, a clean stop on
 * SIGTERM. Any invalid setting stops start-up naming the variable.
 */
export async function serveFromEnvironment(options: {
  role: 'local' | 'hub';
  /** The plugins this deployment ships, by id, as factories with the deployment's options. */
  plugins: Record<string, () => PluginInstance>;
  defaultPlugins: readonly string[];
  env?: NodeJS.ProcessEnv;
  out?: (line: string) => void;
}): Promise<RunningInstance> {
  const out = options.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const parsed = DeploymentEnv.safeParse(options.env ?? process.env);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CliError(`invalid environment: ${i.path.join('.')}: ${i.message}`);
  }
  const env = parsed.data;
  const ids =
    env.TESSERA_PLUGINS?.split(',')
      .map((s) => s.trim())
      .filter(Boolean) ?? options.defaultPlugins;
  const plugins = ids.map((id) => {
    const make = options.plugins[id];
    if (!make)
      throw new CliError(
        `invalid environment: TESSERA_PLUGINS: no plugin "${id}" here (${Object.keys(options.plugins).join(', ')})`,
      );
    return make();
  });
  const hubToken =
    env.TESSERA_HUB_TOKEN ??
    (env.TESSERA_HUB_TOKEN_FILE
      ? readFileSync(env.TESSERA_HUB_TOKEN_FILE, 'utf8').trim()
      : undefined);
  const settings = TesseraConfig.safeParse({
    instance: options.role === 'hub' ? 'hub' : env.TESSERA_INSTANCE,
    role: options.role,
    ...(env.TESSERA_DB ? { db: env.TESSERA_DB } : {}),
    ...(env.TESSERA_DB_AUTH_TOKEN ? { dbAuthToken: env.TESSERA_DB_AUTH_TOKEN } : {}),
    ...(env.TESSERA_HOST ? { host: env.TESSERA_HOST } : {}),
    port: env.TESSERA_PORT ?? (options.role === 'hub' ? 8788 : 8787),
    ...(env.TESSERA_SEED === 'england' ? { seed: 'england' } : {}),
    ...(env.TESSERA_HUB ? { hub: env.TESSERA_HUB } : {}),
    ...(hubToken ? { hubToken } : {}),
    ...(env.TESSERA_SYNC_INTERVAL ? { syncInterval: env.TESSERA_SYNC_INTERVAL } : {}),
    ...(env.TESSERA_SUPPRESSION_FLOOR ? { suppressionFloor: env.TESSERA_SUPPRESSION_FLOOR } : {}),
    plugins,
  });
  if (!settings.success) {
    const i = settings.error.issues[0]!;
    throw new CliError(`invalid environment: ${i.path.join('.')}: ${i.message}`);
  }
  const s = settings.data;
  return runInstance(s, `file:./data/${s.instance}.db`, out);
}
