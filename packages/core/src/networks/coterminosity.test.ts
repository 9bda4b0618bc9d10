import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import type { Membership } from './membership.js';
import type { Network } from './network.js';
import type { Organisation } from './organisation.js';
import { coterminosity } from './coterminosity.js';

const org = (id: string, geographyId?: string): WithId<Organisation> => ({
  id,
  name: id,
  type: 'acute',
  ...(geographyId ? { geographyId } : {}),
});
const ahsn = (id: string, name = id): WithId<Network> => ({ id, key: id, name, type: 'ahsn' });
const senate = (id: string, geographyId: string): WithId<Network> => ({
  id,
  key: id,
  name: id,
  type: 'senate',
  geographyId,
});
const clinical = (id: string, geographyId: string): WithId<Network> => ({
  id,
  key: id,
  name: id,
  type: 'clinical_network',
  priorityArea: 'cancer',
  geographyId,
});
const member = (organisationId: string, networkId: string, until?: string): Membership => ({
  organisationId,
  networkId,
  tier: 'core',
  ...(until ? { until } : {}),
});

const networks = [
  senate('s-lon', 'g-lon'),
  clinical('cn-lon', 'g-lon'),
  senate('s-ne', 'g-ne'),
  clinical('cn-wx', 'g-wx'),
  ahsn('uclp', 'UCLP'),
  ahsn('hin', 'HIN'),
  ahsn('imp', 'Imperial'),
  ahsn('nenc', 'NENC'),
  ahsn('wx', 'Wessex'),
];
const organisations = [
  org('o1', 'g-lon'),
  org('o2', 'g-lon'),
  org('o3', 'g-lon'),
  org('o4', 'g-lon'),
  org('o5', 'g-ne'),
  org('o6', 'g-ne'),
  org('o7', 'g-wx'),
  org('o8', 'g-wx'),
  org('o9', 'g-wx'),
  org('o10'),
  org('o11'),
];
const memberships = [
  member('o1', 'uclp'),
  member('o2', 'uclp'),
  member('o3', 'hin'),
  member('o4', 'imp'),
  member('o5', 'nenc'),
  member('o6', 'nenc'),
  member('o7', 'wx'),
  member('o8', 'wx'),
  member('o10', 'wx'),
  member('o11', 'hin', '2015-03-31'),
  member('o1', 's-lon'), // not an AHSN: ignored
];

describe('coterminosity', () => {
  const r = coterminosity({ organisations, memberships, networks });
  const geo = (id: string) => r.geographies.find((g) => g.geographyId === id);
  const byAhsn = (id: string) => r.ahsns.find((a) => a.ahsnId === id);

  it('gives per geography its AHSNs, dominant AHSN, share and Jaccard', () => {
    expect(r.geographies.map((g) => g.geographyId)).toEqual(['g-lon', 'g-ne', 'g-wx']);
    expect(geo('g-lon')).toMatchObject({
      networkIds: ['cn-lon', 's-lon'],
      organisations: 4,
      withoutAhsn: 0,
      dominantAhsnId: 'uclp',
      dominantAhsnName: 'UCLP',
      share: 0.5,
      jaccard: 0.5,
      coterminous: false,
    });
    expect(geo('g-lon')?.ahsns).toEqual([
      { ahsnId: 'uclp', name: 'UCLP', organisations: 2 },
      { ahsnId: 'hin', name: 'HIN', organisations: 1 },
      { ahsnId: 'imp', name: 'Imperial', organisations: 1 },
    ]);
    expect(geo('g-ne')).toMatchObject({
      dominantAhsnId: 'nenc',
      share: 1,
      jaccard: 1,
      coterminous: true,
    });
    expect(geo('g-wx')).toMatchObject({
      organisations: 3,
      withoutAhsn: 1,
      dominantAhsnId: 'wx',
      share: 2 / 3,
      jaccard: 2 / 3,
      coterminous: false,
    });
  });

  it('gives the reverse view per AHSN', () => {
    expect(r.ahsns.map((a) => a.name)).toEqual(['HIN', 'Imperial', 'NENC', 'UCLP', 'Wessex']);
    expect(byAhsn('uclp')).toMatchObject({
      organisations: 2,
      unplaced: 0,
      dominantGeographyId: 'g-lon',
      share: 1,
      jaccard: 0.5,
      coterminous: false,
    });
    expect(byAhsn('wx')).toMatchObject({
      organisations: 2,
      unplaced: 1,
      geographies: [{ geographyId: 'g-wx', organisations: 2 }],
      share: 1,
      jaccard: 2 / 3,
    });
    expect(byAhsn('nenc')?.coterminous).toBe(true);
    expect(byAhsn('hin')?.unplaced).toBe(1);
  });

  it('computes the index (one-to-one) and the nesting index', () => {
    expect(r.index).toBeCloseTo((0.5 + 1 + 2 / 3) / 3, 12);
    expect(r.nestedIndex).toBe(1);
    expect(r.unplacedOrganisations).toBe(2);
  });

  it('honours asOf for memberships', () => {
    const later = coterminosity({ organisations, memberships, networks, asOf: '2015-10-01' });
    expect(later.ahsns.find((a) => a.ahsnId === 'hin')?.unplaced).toBe(0);
  });

  it('handles empty input', () => {
    expect(coterminosity({ organisations: [], memberships: [], networks: [] })).toEqual({
      geographies: [],
      ahsns: [],
      index: 0,
      nestedIndex: 0,
      unplacedOrganisations: 0,
    });
    const noAhsn = coterminosity({
      organisations: [org('a', 'g')],
      memberships: [],
      networks: [senate('s', 'g')],
    });
    expect(noAhsn.geographies[0]).toMatchObject({
      dominantAhsnId: null,
      share: 0,
      jaccard: 0,
      coterminous: false,
      withoutAhsn: 1,
    });
    expect(noAhsn.index).toBe(0);
  });
});

// ---- properties -------------------------------------------------------------------------------

const G = 4;
const A = 5;
const geoNetworks = Array.from({ length: G }, (_, i) => senate(`s${i}`, `g${i}`));
const ahsnNetworks = Array.from({ length: A }, (_, i) => ahsn(`a${i}`));

describe('coterminosity properties', () => {
  it('shares and indices lie in [0,1]; coterminous exactly when Jaccard is 1; counts add up', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            geo: fc.option(fc.nat(G), { nil: undefined }),
            ahsn: fc.option(fc.nat(A - 1), { nil: undefined }),
          }),
          { maxLength: 30 },
        ),
        (rows) => {
          const orgs = rows.map((x, i) =>
            org(`o${i}`, x.geo === undefined ? undefined : `g${x.geo}`),
          ); // g4 is not a senate geography
          const ms = rows.flatMap((x, i) =>
            x.ahsn === undefined ? [] : [member(`o${i}`, `a${x.ahsn}`)],
          );
          const r = coterminosity({
            organisations: orgs,
            memberships: ms,
            networks: [...geoNetworks, ...ahsnNetworks],
          });
          for (const v of [
            r.index,
            r.nestedIndex,
            ...r.geographies.flatMap((g) => [g.share, g.jaccard]),
            ...r.ahsns.flatMap((a) => [a.share, a.jaccard]),
          ]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
          for (const g of r.geographies) {
            expect(g.coterminous).toBe(g.organisations > 0 && g.jaccard === 1);
            expect(g.ahsns.reduce((n, a) => n + a.organisations, 0) + g.withoutAhsn).toBe(
              g.organisations,
            );
          }
          for (const a of r.ahsns)
            expect(a.coterminous).toBe(a.organisations > 0 && a.jaccard === 1);
          expect(
            r.geographies.reduce((n, g) => n + g.organisations, 0) + r.unplacedOrganisations,
          ).toBe(orgs.length);
        },
      ),
    );
  });

  it('a one-to-one assignment of organisations gives index 1 and every boundary coterminous', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(G - 1), { minLength: 1, maxLength: 30 }), (assign) => {
        const orgs = assign.map((g, i) => org(`o${i}`, `g${g}`));
        const ms = assign.map((g, i) => member(`o${i}`, `a${g}`));
        const r = coterminosity({
          organisations: orgs,
          memberships: ms,
          networks: [...geoNetworks, ...ahsnNetworks],
        });
        expect(r.index).toBe(1);
        expect(r.nestedIndex).toBe(1);
        for (const g of r.geographies.filter((x) => x.organisations > 0))
          expect(g).toMatchObject({
            coterminous: true,
            share: 1,
            dominantAhsnId: `a${g.geographyId.slice(1)}`,
          });
      }),
    );
  });

  it('AHSNs nested inside geographies give nestedIndex 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(G - 1), { minLength: A, maxLength: A }),
        fc.array(fc.nat(A - 1), { minLength: 1, maxLength: 30 }),
        (ahsnGeo, assign) => {
          const orgs = assign.map((a, i) => org(`o${i}`, `g${ahsnGeo[a]}`));
          const ms = assign.map((a, i) => member(`o${i}`, `a${a}`));
          const r = coterminosity({
            organisations: orgs,
            memberships: ms,
            networks: [...geoNetworks, ...ahsnNetworks],
          });
          expect(r.nestedIndex).toBe(1);
          for (const a of r.ahsns.filter((x) => x.organisations > 0)) expect(a.share).toBe(1);
        },
      ),
    );
  });
});
