import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shareableFields } from '../entity/define-entity.js';
import { expertEntity } from './expert.js';

describe('expertEntity', () => {
  const base = {
    name: 'Dr A Person',
    email: 'a.person@nhs.net',
    organisationId: 'o1',
    expertise: ['Lean', 'SPC'],
    optedInOn: '2015-06-01',
  };

  it('keeps personal fields local and needs a viewer token to read', () => {
    expect(expertEntity.readAccess).toBe('viewer');
    expect(expertEntity.policy).toEqual({
      name: 'local',
      email: 'local',
      phone: 'local',
      bio: 'local',
    });
    expect(shareableFields(expertEntity).sort()).toEqual([
      'expertise',
      'optedInOn',
      'organisationId',
    ]);
  });

  it('needs an opt-in date and at least one area of expertise', () => {
    expect(expertEntity.schema.parse(base).expertise).toEqual(['lean', 'spc']);
    const { optedInOn: _o, ...noOptIn } = base;
    expect(expertEntity.schema.safeParse(noOptIn).success).toBe(false);
    expect(expertEntity.schema.safeParse({ ...base, expertise: [] }).success).toBe(false);
    expect(expertEntity.schema.safeParse({ ...base, email: 'nope' }).success).toBe(false);
    expect(expertEntity.schema.safeParse({ ...base, phone: '0113 243 3144' }).success).toBe(true);
    expect(expertEntity.schema.safeParse({ ...base, phone: 'call me' }).success).toBe(false);
  });

  it('property: whatever the personal fields hold, only expertise, opt-in date and organisation are shareable', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 50 }),
        fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
        (name, bio) => {
          const r = expertEntity.schema.safeParse({
            ...base,
            name,
            ...(bio !== undefined ? { bio } : {}),
          });
          if (!r.success) return;
          const shared = Object.keys(r.data).filter((k) =>
            shareableFields(expertEntity).includes(k),
          );
          expect(shared.sort()).toEqual(['expertise', 'optedInOn', 'organisationId']);
        },
      ),
    );
  });
});
