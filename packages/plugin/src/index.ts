export {
  definePlugin,
  pluginEntities,
  PLUGIN_API_VERSION,
  type PluginDefinition,
  type PluginInstance,
  type PluginFactory,
  type PluginManifest,
} from './define-plugin.js';
export { EventBus, type TesseraEvent, type EventHandler } from './event-bus.js';
export type { PluginContext, PluginRecords, RecordPage } from './plugin-context.js';
export { OpenAPIHono, createRoute } from '@hono/zod-openapi';
