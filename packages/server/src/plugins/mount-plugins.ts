import {
  PLUGIN_API_VERSION,
  EventBus,
  type PluginContext,
  type PluginInstance,
  type PluginRecords,
} from '@tessera/plugin';
import { isDomainError, PluginError } from '@tessera/core';
import type { Store } from '@tessera/store';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, InstanceRole } from '../context.js';
import type { Logger } from '../logging/logger.js';
import { entityRoutes } from '../routes/entities/entity-routes.js';
import { router } from '../routes/shared/router.js';

const actor = (pluginId: string) => ({ actor: `plugin:${pluginId}`, actorRole: 'editor' });

function recordsFor(store: Store, pluginId: string, entity: string): PluginRecords {
  const repo = () => store.repo(entity);
  return {
    list: (o = {}) => repo().list(o),
    get: (id) => repo().get(id),
    create: (input) => repo().create(input, actor(pluginId)),
    update: (id, patch) => repo().update(id, patch, actor(pluginId)),
    delete: async (id) => void (await repo().delete(id, actor(pluginId))),
  };
}

/**
 * Checks the plugins, runs their setup and mounts each at `/api/v1/plugins/<id>`: CRUD for its
 * entities plus its own routes. Events are delivered after commit through one bus.
 */
export function mountPlugins(options: {
  api: OpenAPIHono<AppEnv>;
  store: Store;
  role: InstanceRole;
  plugins: readonly PluginInstance[];
  logger: Logger;
}): EventBus {
  const { api, store, role, plugins, logger } = options;
  const bus = new EventBus((message, err) => logger.error({ err }, message));
  const seen = new Set<string>();
  for (const p of plugins) {
    const { id, apiVersion, entities } = p.manifest;
    if (seen.has(id)) throw new PluginError(id, `Plugin "${id}" is listed twice`);
    seen.add(id);
    if (Math.floor(apiVersion) !== PLUGIN_API_VERSION)
      throw new PluginError(
        id,
        `Plugin "${id}" needs plugin API ${apiVersion}; this host speaks ${PLUGIN_API_VERSION}`,
      );
    for (const e of entities) {
      if (!store.entities.includes(e))
        throw new PluginError(
          id,
          `Plugin "${id}" adds entity "${e.name}": open the store with it, Store.open({ ..., entities: pluginEntities(plugins) })`,
        );
    }
  }
  const byName = new Map(store.entities.map((e) => [e.name, e]));
  store.onCommit((changes) => {
    void (async () => {
      for (const ch of changes) {
        const def = byName.get(ch.entity);
        const what = ch.op === 'delete' ? 'deleted' : ch.version === 1 ? 'created' : 'updated';
        await bus.emit({
          name: `${def?.domain ?? 'plugin'}.${ch.entity}.${what}`,
          entity: ch.entity,
          id: ch.id,
          version: ch.version,
          owner: ch.owner,
        });
      }
    })();
  });
  for (const p of plugins) {
    const id = p.manifest.id;
    const ctx: PluginContext = {
      pluginId: id,
      instance: store.instance,
      role,
      records: (entity) => recordsFor(store, id, entity),
      on: (event, handler) => bus.on(event, handler),
      log: (message, data) => logger.info({ plugin: id, data }, message),
    };
    const mount = router();
    // a plugin's own failure is answered as one (500 plugin_failed naming it), and logged
    mount.onError((err, c) => {
      if (isDomainError(err)) throw err;
      logger.error({ err, plugin: id, requestId: c.get('requestId') }, 'plugin failed');
      throw new PluginError(id, `Plugin "${id}" failed; it has been logged`, {
        code: 'plugin_failed',
        cause: err,
      });
    });
    for (const e of p.manifest.entities) mount.route('/', entityRoutes(e));
    if (p.definition.routes) mount.route('/', p.definition.routes(ctx, p.options) as never);
    const setup = p.definition.setup?.(ctx, p.options);
    if (setup instanceof Promise)
      setup.catch((err: unknown) => logger.error({ err, plugin: id }, 'plugin setup failed'));
    api.route(`/plugins/${id}`, mount);
  }
  return bus;
}
