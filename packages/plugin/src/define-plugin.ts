import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { z } from 'zod';
import { parseOrThrow, PluginError, type EntityDefinition } from '@tessera/core';
import type { PluginContext } from './plugin-context.js';
import type { PluginMigration } from './plugin-migration.js';

/** The plugin API this package describes; a host refuses plugins of a major it does not know. */
export const PLUGIN_API_VERSION = 2;

/**
 * Where a plugin entity's records may go: `local` never leaves the instance (nothing in the change
 * log, nothing pushed); `shared` is pushed to the hub, which accepts it only when it runs the same
 * plugin at a compatible version.
 */
export type SyncPolicy = 'local' | 'shared';

/** An entity a plugin adds, with where its records may go and who may read them over the API. */
export interface PluginEntity<E extends EntityDefinition = EntityDefinition> {
  entity: E;
  sync: SyncPolicy;
  /** Readable without a token (default: a viewer token). Writes always need an editor token. */
  public?: boolean;
}

/** What a plugin declares, statically (the host reads it without running the plugin). */
export interface PluginManifest {
  id: string;
  /** The plugin's own version (semver): the hub accepts `shared` records of a compatible one. */
  version: string;
  apiVersion: number;
  description?: string;
  /** Entities (and so tables) the plugin adds; their names start with the plugin id. */
  entities: readonly PluginEntity[];
  /** Schema changes beyond the entity tables, numbered from 1, applied in order at start-up. */
  migrations: readonly PluginMigration[];
}

export interface PluginDefinition<O extends z.ZodType> {
  id: string;
  version: string;
  apiVersion: number;
  description?: string;
  options?: O;
  entities?: readonly PluginEntity[];
  migrations?: readonly PluginMigration[];
  /**
   * Routes mounted at `/api/v1/plugins/<id>`; use `createRoute` so they appear in the OpenAPI
   * document. Each needs a token (viewer to read, editor to write) unless wrapped in `publicRoute`.
   */
  routes?: (ctx: PluginContext, options: z.output<O>) => OpenAPIHono<Env>;
  /** Runs once when the host starts, before it listens (awaited): subscribe to events here. */
  setup?: (ctx: PluginContext, options: z.output<O>) => void | Promise<void>;
  /** Runs once when the host shuts down, after the last request (awaited, in reverse order). */
  onClose?: (ctx: PluginContext, options: z.output<O>) => void | Promise<void>;
}

/** A configured plugin: a value to put in the host's `plugins` list. */
export interface PluginInstance<O extends z.ZodType = z.ZodType> {
  readonly manifest: PluginManifest;
  readonly options: z.output<O>;
  readonly definition: PluginDefinition<O>;
}

export type PluginFactory<O extends z.ZodType> = ((options?: z.input<O>) => PluginInstance<O>) & {
  readonly manifest: PluginManifest;
};

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

function checkDefinition(def: PluginDefinition<z.ZodType>): void {
  const fail = (message: string): never => {
    throw new PluginError(def.id, message);
  };
  if (!/^[a-z][a-z0-9-]*$/.test(def.id)) fail(`plugin id must be kebab-case: ${def.id}`);
  if (!SEMVER.test(def.version ?? ''))
    fail(`plugin ${def.id}: version must be semver (1.2.3), got "${def.version}"`);
  for (const { entity: e, sync } of def.entities ?? []) {
    if (!e.name.startsWith(`${def.id}-`))
      fail(`plugin ${def.id}: entity "${e.name}" must be prefixed with "${def.id}-"`);
    if (sync !== 'local' && sync !== 'shared')
      fail(`plugin ${def.id}: entity "${e.name}" needs sync: 'local' or 'shared'`);
  }
  (def.migrations ?? []).forEach((m, i) => {
    if (m.id !== i + 1)
      fail(`plugin ${def.id}: migrations are numbered 1, 2, 3...; found ${m.id} at ${i + 1}`);
  });
}

/**
 * Declares a plugin: a factory of its options (validated, with defaults) returning a value the host
 * wires explicitly: `createInstance({ ..., plugins: [membershipPlugin({ invoiceDueDays: 30 })] })`.
 * An unknown or invalid option throws a `ValidationError` naming the plugin and the field.
 */
export function definePlugin<O extends z.ZodType = z.ZodObject<Record<string, never>>>(
  def: PluginDefinition<O>,
): PluginFactory<O> {
  checkDefinition(def as PluginDefinition<z.ZodType>);
  const manifest: PluginManifest = Object.freeze({
    id: def.id,
    version: def.version,
    apiVersion: def.apiVersion,
    ...(def.description ? { description: def.description } : {}),
    entities: Object.freeze([...(def.entities ?? [])]),
    migrations: Object.freeze([...(def.migrations ?? [])]),
  });
  const schema = (def.options ?? z.object({}).strict()) as O;
  const factory = (options?: z.input<O>) =>
    Object.freeze({
      manifest,
      options: parseOrThrow(schema, options ?? {}, `Invalid options for plugin "${def.id}"`),
      definition: def,
    });
  return Object.assign(factory, { manifest });
}

/** Every entity the plugins add, for `Store.open({ entities })`. */
export function pluginEntities(plugins: readonly PluginInstance[]): EntityDefinition[] {
  return plugins.flatMap((p) => p.manifest.entities.map((e) => e.entity));
}
