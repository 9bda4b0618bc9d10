import {
  EventBus,
  checkPlugins,
  type PluginContext,
  type PluginInstance,
  type PluginRecords,
  type RecordEvent,
  type EventHandler,
  type RecordPage,
} from '@tessera/plugin';
import {
  type EntityDefinition,
  type EntityRecord,
  PluginError,
  isDomainError,
} from '@tessera/core';
import type { ListOptions, Store } from '@tessera/store';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from '../logging/logger.js';
import type { AppEnv, InstanceRole } from '../context.js';
import { entityRoutes } from '../routes/entities/entity-routes.js';
import { router } from '../routes/shared/router.js';
import { guardPluginRoutes } from './guard-plugin-routes.js';
import { pluginListRoutes } from './plugin-list-routes.js';
import { prefixOperationIds } from './plugin-operation-ids.js';

/** The running plugins of an instance: their event bus, start-up and shutdown. */
export interface PluginHost {
  readonly bus: EventBus;
  /** Runs every plugin's `setup`, in order, awaited; a failure names the plugin and stops start-up. */
  start(): Promise<void>;
  /** Runs every plugin's `onClose`, in reverse order; failures are logged. */
  close(): Promise<void>;
}

const actor = (pluginId: string) => ({ actor: `plugin:${pluginId}`, actorRole: 'editor' });

function recordsFor<E extends EntityDefinition>(
  store: Store,
  pluginId: string,
  entity: E,
): PluginRecords<E> {
  const repo = () => store.repo(entity.name);
  return {
    // the store checks every record against the entity's schema when it is written, so a stored
    // record is one of the entity's records
    list: async (o = {}) =>
      (await repo().list(o as ListOptions)) as unknown as RecordPage<EntityRecord<E>>,
    get: async (id) => (await repo().get(id)) as EntityRecord<E> | undefined,
    create: async (input) =>
      (await repo().create(input, actor(pluginId))) as unknown as EntityRecord<E>,
    update: async (id, patch) =>
      (await repo().update(id, patch, actor(pluginId))) as unknown as EntityRecord<E>,
    delete: async (id) => void (await repo().delete(id, actor(pluginId))),
  };
}

function publishCommits(store: Store, bus: EventBus): void {
  const byName = new Map(store.entities.map((e) => [e.name, e]));
  store.onCommit((changes) => {
    void (async () => {
      for (const ch of changes) {
        const def = byName.get(ch.entity);
        const op = ch.op === 'delete' ? 'deleted' : ch.version === 1 ? 'created' : 'updated';
        const event: RecordEvent = {
          name: `${def?.domain ?? 'plugin'}.${ch.entity}.${op}`,
          entity: ch.entity,
          op,
          id: ch.id,
          version: ch.version,
          owner: ch.owner,
        };
        await bus.emit(event);
      }
    })();
  });
}

/**
 * Checks the plugins and mounts each at `/api/v1/plugins/<id>`: CRUD for its entities (a viewer
 * token to read unless the entity is declared public, an editor token to write) plus its own
 * routes (a token by default: see `guardPluginRoutes`). Events are delivered after commit through
 * one bus. `start()` runs the plugins' setup.
 */
export function mountPlugins(options: {
  api: OpenAPIHono<AppEnv>;
  store: Store;
  role: InstanceRole;
  plugins: readonly PluginInstance[];
  logger: Logger;
}): PluginHost {
  const { api, store, role, plugins, logger } = options;
  const log = (message: string, err: unknown) => logger.error({ err }, message);
  checkPlugins(plugins);
  for (const p of plugins)
    for (const { entity } of p.manifest.entities)
      if (!store.entities.includes(entity))
        throw new PluginError(
          p.manifest.id,
          `Plugin "${p.manifest.id}" adds entity "${entity.name}": open the store with it (createInstance does)`,
        );
  const bus = new EventBus(log);
  if (plugins.length) publishCommits(store, bus);
  const contexts = plugins.map((p): PluginContext => {
    const id = p.manifest.id;
    return {
      pluginId: id,
      instance: store.instance,
      role,
      records: (entity) => recordsFor(store, id, entity),
      on: (event, handler) => bus.on(event, handler as unknown as EventHandler),
      onRecord: (entity, op, handler) =>
        op === '*'
          ? bus.on('*', (e) => (e.entity === entity.name ? handler(e) : undefined))
          : bus.on(`${entity.domain}.${entity.name}.${op}`, handler),
      log: (message, data) => logger.info({ plugin: id, data }, message),
    };
  });
  api.route('/', pluginListRoutes(plugins));
  plugins.forEach((p, i) => {
    const mount = router();
    const id = p.manifest.id;
    // a plugin's own failure is answered as one (500 plugin_failed naming it), and logged
    mount.onError((err, c) => {
      if (isDomainError(err)) throw err;
      logger.error({ err, plugin: id, requestId: c.get('requestId') }, 'plugin request failed');
      throw new PluginError(id, `Plugin "${id}" failed; it has been logged`, {
        code: 'plugin_failed',
        cause: err,
      });
    });
    for (const { entity, public: open } of p.manifest.entities)
      mount.route('/', entityRoutes({ ...entity, readAccess: open ? 'public' : 'viewer' }));
    if (p.definition.routes)
      mount.route('/', guardPluginRoutes(p.definition.routes(contexts[i]!, p.options)));
    prefixOperationIds(mount, id);
    api.route(`/plugins/${p.manifest.id}`, mount);
  });
  return {
    bus,
    async start() {
      for (const [i, p] of plugins.entries()) {
        try {
          await p.definition.setup?.(contexts[i]!, p.options);
        } catch (e) {
          throw new PluginError(
            p.manifest.id,
            `Plugin "${p.manifest.id}" failed to set up: ${(e as Error).message}`,
            { code: 'plugin_failed', cause: e },
          );
        }
      }
    },
    async close() {
      for (const [i, p] of [...plugins.entries()].reverse()) {
        try {
          await p.definition.onClose?.(contexts[i]!, p.options);
        } catch (e) {
          log(`plugin ${p.manifest.id} failed to close`, e);
        }
      }
    },
  };
}

const hosts = new WeakMap<object, PluginHost>();

/** Remembers the plugin host of an app (`createApp` does). */
export function registerPluginHost(app: object, host: PluginHost): void {
  hosts.set(app, host);
}

/** The plugins of an app made by `createApp`: their bus, `start()` (setup) and `close()`. */
export function pluginHostOf(app: object): PluginHost {
  const host = hosts.get(app);
  if (!host) throw new Error('This app was not made by createApp');
  return host;
}
