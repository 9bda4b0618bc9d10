import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { z } from 'zod';
import { parseOrThrow, PluginError, type EntityDefinition } from '@tessera/core';
import type { PluginContext } from './plugin-context.js';

/** The plugin API this package describes; a host refuses plugins of a major it does not know. */
export const PLUGIN_API_VERSION = 1;

/** What a plugin declares, statically (the host reads it without running the plugin). */
export interface PluginManifest {
  id: string;
  apiVersion: number;
  description?: string;
  /** Entities (and so tables) the plugin adds; their names start with the plugin id. */
  entities: readonly EntityDefinition[];
}

export interface PluginDefinition<O extends z.ZodType> {
  id: string;
  apiVersion: number;
  description?: string;
  options?: O;
  entities?: readonly EntityDefinition[];
  /** Routes mounted at `/api/v1/plugins/<id>`; use `createRoute` so they appear in the OpenAPI document. */
  routes?: (ctx: PluginContext, options: z.output<O>) => OpenAPIHono<Env>;
  /** Runs once when the host starts: subscribe to events here. */
  setup?: (ctx: PluginContext, options: z.output<O>) => void | Promise<void>;
}

/** A configured plugin: a value to put in the host's `plugins` list. */
export interface PluginInstance<O extends z.ZodType = z.ZodType> {
  readonly manifest: PluginManifest;
  readonly options: z.output<O>;
  readonly definition: PluginDefinition<O>;
}

export type PluginFactory<O extends z.ZodType> = (options?: z.input<O>) => PluginInstance<O>;

/**
 * Declares a plugin: a factory of its options (validated, with defaults) returning a value the host
 * wires explicitly: `createApp({ plugins: [membershipPlugin({ invoiceDueDays: 30 })] })`.
 */
export function definePlugin<O extends z.ZodType = z.ZodObject<Record<string, never>>>(
  def: PluginDefinition<O>,
): PluginFactory<O> {
  if (!/^[a-z][a-z0-9-]*$/.test(def.id))
    throw new PluginError(def.id, `plugin id must be kebab-case: ${def.id}`);
  for (const e of def.entities ?? []) {
    if (!e.name.startsWith(`${def.id}-`))
      throw new PluginError(
        def.id,
        `plugin ${def.id}: entity "${e.name}" must be prefixed with "${def.id}-"`,
      );
  }
  const manifest: PluginManifest = Object.freeze({
    id: def.id,
    apiVersion: def.apiVersion,
    ...(def.description ? { description: def.description } : {}),
    entities: Object.freeze([...(def.entities ?? [])]),
  });
  const schema = (def.options ?? z.object({}).strict()) as O;
  return (options) =>
    Object.freeze({
      manifest,
      options: parseOrThrow(schema, options ?? {}, `Invalid options for plugin ${def.id}`),
      definition: def,
    });
}

/** Every entity the plugins add, for `Store.open({ entities })`. */
export function pluginEntities(plugins: readonly PluginInstance[]): EntityDefinition[] {
  return plugins.flatMap((p) => [...p.manifest.entities]);
}
