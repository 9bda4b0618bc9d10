import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError, coreEntities, defineEntity } from '@tessera/core';
import { definePlugin, pluginEntities } from './define-plugin.js';
import { checkPlugins } from './check-plugins.js';
import { CORE_ENTITY_DOMAINS } from './core-events.js';
import { EventBus } from './event-bus.js';

const thing = defineEntity({
  name: 'demo-thing',
  collection: 'demo-things',
  domain: 'networks',
  description: 'x',
  schema: z.object({ label: z.string() }).strict(),
  ownedBy: 'region',
});
const demo = definePlugin({
  id: 'demo',
  version: '1.0.0',
  apiVersion: 2,
  options: z.object({ days: z.number().int().min(1).default(30) }).strict(),
  entities: [{ entity: thing, sync: 'local' }],
});

describe('definePlugin', () => {
  it('validates options with defaults, naming the plugin and the field', () => {
    expect(demo().options).toEqual({ days: 30 });
    expect(demo({ days: 7 }).options).toEqual({ days: 7 });
    expect(() => demo({ days: 0 })).toThrow(ValidationError);
    try {
      demo({ days: 7, colour: 'red' } as never);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).message).toContain('plugin "demo"');
      expect(JSON.stringify((e as ValidationError).issues)).toContain('colour');
    }
  });

  it('declares its entities and their sync policy statically', () => {
    expect(pluginEntities([demo()]).map((e) => e.name)).toEqual(['demo-thing']);
    expect(demo.manifest.entities[0]!.sync).toBe('local');
    expect(() =>
      definePlugin({
        id: 'other',
        version: '1.0.0',
        apiVersion: 2,
        entities: [{ entity: thing, sync: 'shared' }],
      }),
    ).toThrow(/prefixed/);
    expect(() => definePlugin({ id: 'Bad Id', version: '1.0.0', apiVersion: 2 })).toThrow(/kebab/);
    expect(() => definePlugin({ id: 'x', version: 'one', apiVersion: 2 })).toThrow(/semver/);
    expect(() =>
      definePlugin({
        id: 'x',
        version: '1.0.0',
        apiVersion: 2,
        migrations: [{ id: 2, description: 'y', sql: 'SELECT 1' }],
      }),
    ).toThrow(/numbered/);
  });

  it('a host refuses a duplicate plugin id and an unknown plugin API, naming the plugin', () => {
    expect(() => checkPlugins([demo(), demo()])).toThrow(/Plugin "demo" is listed twice/);
    const old = definePlugin({ id: 'old-one', version: '1.0.0', apiVersion: 1 });
    expect(() => checkPlugins([old()])).toThrow(/Plugin "old-one" needs plugin API 1/);
    expect(() => checkPlugins([demo()])).not.toThrow();
  });

  it('knows every core entity and its domain (the typed event names)', () => {
    expect(CORE_ENTITY_DOMAINS).toEqual(
      Object.fromEntries(coreEntities.map((e) => [e.name, e.domain])),
    );
  });
});

describe('EventBus', () => {
  it('runs handlers in order, counts failures and keeps going', async () => {
    const seen: string[] = [];
    const bus = new EventBus(() => {});
    bus.on('a.b.created', () => void seen.push('first'));
    bus.on('a.b.created', () => {
      throw new Error('boom');
    });
    bus.on('*', (e) => void seen.push(`any:${e.name}`));
    await bus.emit({
      name: 'a.b.created',
      entity: 'b',
      op: 'created',
      id: '1',
      version: 1,
      owner: 'x',
    });
    expect(seen).toEqual(['first', 'any:a.b.created']);
    expect(bus.stats()).toEqual({ delivered: 2, failures: 1 });
  });
});
