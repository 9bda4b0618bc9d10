import fc from 'fast-check';
import { v5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { TESSERA_NAMESPACE, idMintedBy, naturalId, newId, originTag } from './ids.js';

describe('ids', () => {
  it('naturalId never changes: the same UUIDv5 every instance derived before', () => {
    // seeded offline by every instance: a changed id would split one organisation into two
    expect(naturalId('organisation', 'RJZ')).toBe('40b6545f-0984-5195-a263-b9e10a6edfe1');
    expect(naturalId('organisation', ' rjz ')).toBe(naturalId('organisation', 'RJZ'));
    fc.assert(
      fc.property(fc.string(), fc.array(fc.oneof(fc.string(), fc.integer())), (entity, key) => {
        const name = `${entity}:${key.map((k) => String(k).trim().toLowerCase()).join('|')}`;
        expect(naturalId(entity, ...key)).toBe(v5(name, TESSERA_NAMESPACE));
      }),
      { numRuns: 300 },
    );
  });

  it("newId ends in its origin's tag, and only its origin minted it", () => {
    const id = newId('ahsn-wessex');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(id.endsWith(originTag('ahsn-wessex'))).toBe(true);
    expect(idMintedBy(id, 'ahsn-wessex')).toBe(true);
    expect(idMintedBy(id, 'ahsn-oxford')).toBe(false);
    expect(idMintedBy(`${id}x`, 'ahsn-wessex')).toBe(false);
    expect(newId('hub')).not.toBe(newId('hub'));
  });
});
