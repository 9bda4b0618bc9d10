import { ValidationError } from '@tessera/core';
import { PLUGIN_API_VERSION, type PluginInstance } from './define-plugin.js';

/**
 * What a host checks of its plugin list before it starts anything: each plugin once, each on the
 * plugin API this host speaks. Throws a `ValidationError` naming the plugin.
 */
export function checkPlugins(plugins: readonly PluginInstance[]): void {
  const seen = new Set<string>();
  plugins.forEach((p, i) => {
    const { id, apiVersion } = p.manifest;
    if (seen.has(id))
      throw new ValidationError(`Plugin "${id}" is listed twice: each plugin id may appear once`, [
        { path: ['plugins', i], message: `duplicate plugin id "${id}"` },
      ]);
    seen.add(id);
    if (Math.floor(apiVersion) !== PLUGIN_API_VERSION)
      throw new ValidationError(
        `Plugin "${id}" needs plugin API ${apiVersion}; this host speaks ${PLUGIN_API_VERSION}`,
        [{ path: ['plugins', i], message: `unsupported plugin API version ${apiVersion}` }],
      );
  });
}
