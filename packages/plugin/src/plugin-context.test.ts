import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { defineEntity, membershipEntity } from '@tessera/core';
import type { CoreEvents } from './core-events.js';
import type { PluginContext } from './plugin-context.js';

const note = defineEntity({
  name: 'demo-note',
  collection: 'demo-notes',
  domain: 'networks',
  description: 'A note',
  schema: z.object({ title: z.string(), stars: z.number().int().default(0) }).strict(),
  filters: ['title'],
  ownedBy: 'region',
});

/** Compile-time checks only: `pnpm typecheck` fails if a `@ts-expect-error` below stops being an error. */
async function typedRecords(ctx: PluginContext) {
  const notes = ctx.records(note);
  const created = await notes.create({ title: 'first' });
  expectTypeOf(created.title).toEqualTypeOf<string>();
  expectTypeOf(created.stars).toEqualTypeOf<number>();
  expectTypeOf(created.version).toEqualTypeOf<number>();
  // @ts-expect-error: a field the schema does not have
  await notes.create({ title: 'x', colour: 'red' });
  // @ts-expect-error: a field of the wrong type
  await notes.create({ title: 42 });
  // @ts-expect-error: a required field missing
  await notes.create({ stars: 1 });
  // @ts-expect-error: an unknown field in a patch
  await notes.update(created.id, { titel: 'typo' });
  // @ts-expect-error: filters name fields of the entity
  await notes.list({ filters: { colour: 'red' } });
  const m = await ctx.records(membershipEntity).get('id');
  expectTypeOf(m?.subscriptionGbp).toEqualTypeOf<number | undefined>();
  ctx.on('networks.membership.created', (e) => {
    expectTypeOf(e.entity).toEqualTypeOf<'membership'>();
  });
  // @ts-expect-error: not a core event (the domain is missing)
  ctx.on('membership.created', () => {});
}

describe('typed plugin records and events', () => {
  it('are checked at compile time', () => {
    expectTypeOf(typedRecords).toBeFunction();
    expectTypeOf<keyof CoreEvents>().toExtend<string>();
  });
});
