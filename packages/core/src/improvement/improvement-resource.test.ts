import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { improvementResourceEntity } from './improvement-resource.js';

describe('improvementResourceEntity', () => {
  const base = {
    title: 'Sepsis toolkit',
    kind: 'toolkit',
    summary: 'Screening and the sepsis six',
  };

  it('normalises tags to lower case and refuses unknown kinds', () => {
    expect(
      improvementResourceEntity.schema.parse({ ...base, tags: ['  Sepsis ', 'AKI'] }).tags,
    ).toEqual(['sepsis', 'aki']);
    expect(improvementResourceEntity.schema.parse(base).tags).toEqual([]);
    expect(improvementResourceEntity.schema.safeParse({ ...base, kind: 'podcast' }).success).toBe(
      false,
    );
    expect(improvementResourceEntity.schema.safeParse({ ...base, url: 'not a url' }).success).toBe(
      false,
    );
    expect(improvementResourceEntity).toMatchObject({
      ownedBy: 'hub',
      readAccess: 'public',
      domain: 'improvement',
    });
  });

  it('property: every parsed tag is trimmed lower case', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''),
          { maxLength: 10 },
        ),
        (tags) => {
          const r = improvementResourceEntity.schema.safeParse({ ...base, tags });
          if (r.success) for (const t of r.data.tags) expect(t).toBe(t.trim().toLowerCase());
        },
      ),
    );
  });
});
