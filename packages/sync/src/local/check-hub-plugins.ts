import semver from 'semver';
import { DomainError } from '@tessera/core';
import { readPluginRegistry, type Store } from '@tessera/store';
import type { HubClient, HubPlugin } from './hub-client.js';

/** A region's `shared` plugin entity the hub cannot take, and why. */
export interface UnsyncableEntity {
  entity: string;
  plugin: string;
  reason: string;
}

/**
 * The `shared` plugin entities of this instance (every plugin its database has run) that the hub
 * would not accept: the hub does not run the plugin, runs an incompatible version (it must satisfy
 * `^<ours>`: same major, not older), or does not share the entity.
 */
export async function unsyncableEntities(
  store: Store,
  hubPlugins: readonly HubPlugin[],
): Promise<UnsyncableEntity[]> {
  const out: UnsyncableEntity[] = [];
  for (const p of await readPluginRegistry(store.client)) {
    const hub = hubPlugins.find((h) => h.id === p.id);
    for (const e of p.entities) {
      if (e.sync !== 'shared') continue;
      const reason = !hub
        ? `the hub does not run plugin "${p.id}"`
        : !semver.satisfies(hub.version, `^${p.version}`)
          ? `the hub runs plugin "${p.id}" ${hub.version}, not compatible with ${p.version} here`
          : !hub.entities.some((h) => h.name === e.name && h.sync === 'shared')
            ? `the hub's plugin "${p.id}" ${hub.version} does not share it`
            : undefined;
      if (reason) out.push({ entity: e.name, plugin: p.id, reason });
    }
  }
  return out;
}

/** The message naming each entity that cannot sync. */
export function describeUnsyncable(list: readonly UnsyncableEntity[]): string {
  return `cannot sync plugin ${list.length === 1 ? 'entity' : 'entities'} ${list
    .map((u) => `"${u.entity}" (${u.reason})`)
    .join('; ')}: nothing was pushed; run the plugin at the hub or keep the entity local`;
}

/** Refuses to sync (before anything is pushed) while the hub would quarantine a shared plugin entity. */
export async function checkHubPlugins(store: Store, hub: HubClient): Promise<void> {
  const registry = await readPluginRegistry(store.client);
  if (!registry.some((p) => p.entities.some((e) => e.sync === 'shared'))) return;
  const problems = await unsyncableEntities(store, await hub.plugins());
  if (problems.length)
    throw new DomainError('conflict', describeUnsyncable(problems), {
      data: { entities: problems as unknown as Record<string, unknown>[] },
    });
}
