import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError, defineEntity } from '@tessera/core';
import { definePlugin, pluginEntities } from './define-plugin.js';
import { EventBus } from './event-bus.js';

describe('definePlugin', () => {
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
    apiVersion: 1,
    options: z.object({ days: z.number().int().min(1).default(30) }).strict(),
    entities: [thing],
  });

  it('validates options with defaults and field paths', () => {
    expect(demo().options).toEqual({ days: 30 });
    expect(demo({ days: 7 }).options).toEqual({ days: 7 });
    expect(() => demo({ days: 0 })).toThrow(ValidationError);
    try {
      demo({ days: 'x' as never });
    } catch (e) {
      expect((e as ValidationError).issues[0]!.path).toEqual(['days']);
    }
  });

  it('declares its entities statically and insists on the id prefix', () => {
    expect(pluginEntities([demo()]).map((e) => e.name)).toEqual(['demo-thing']);
    expect(() => definePlugin({ id: 'other', apiVersion: 1, entities: [thing] })).toThrow(
      /prefixed/,
    );
    expect(() => definePlugin({ id: 'Bad Id', apiVersion: 1 })).toThrow(/kebab/);
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
    await bus.emit({ name: 'a.b.created', entity: 'b', id: '1', version: 1, owner: 'x' });
    expect(seen).toEqual(['first', 'any:a.b.created']);
    expect(bus.stats()).toEqual({ delivered: 2, failures: 1 });
  });
});
