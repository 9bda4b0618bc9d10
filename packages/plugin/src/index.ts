export {
  definePlugin,
  pluginEntities,
  PLUGIN_API_VERSION,
  type PluginDefinition,
  type PluginEntity,
  type PluginInstance,
  type PluginFactory,
  type PluginManifest,
  type SyncPolicy,
} from './define-plugin.js';
export { checkPlugins } from './check-plugins.js';
export type { PluginMigration } from './plugin-migration.js';
export { createPluginRouter } from './plugin-router.js';
export { publicRoute } from './public-route.js';
export { EventBus, type EventHandler } from './event-bus.js';
export {
  CORE_ENTITY_DOMAINS,
  type CoreEntityName,
  type CoreEventName,
  type CoreEvents,
  type RecordEvent,
  type RecordOp,
} from './core-events.js';
export type { PluginContext, PluginRecords, RecordPage } from './plugin-context.js';
export { OpenAPIHono, createRoute } from '@hono/zod-openapi';
