import { PluginError } from '@tessera/core';
import { PLUGIN_API_VERSION, type PluginInstance } from './define-plugin.js';

/**
 * What a host checks of its plugin list before it starts anything: each plugin once, each on the
 * plugin API this host speaks. Throws a `PluginError` naming the plugin.
 */
export function checkPlugins(plugins: readonly PluginInstance[]): void {
  const seen = new Set<string>();
  plugins.forEach((p, i) => {
    const { id, apiVersion } = p.manifest;
    if (seen.has(id))
      throw new PluginError(
        id,
        `Plugin "${id}" is listed twice (plugins[${i}]): each id may appear once`,
      );
    seen.add(id);
    if (Math.floor(apiVersion) !== PLUGIN_API_VERSION)
      throw new PluginError(
        id,
        `Plugin "${id}" needs plugin API ${apiVersion}; this host speaks ${PLUGIN_API_VERSION} (plugins[${i}])`,
      );
  });
}
