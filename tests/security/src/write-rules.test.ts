/**
 * Issue 10, the black-box retest: references name records the instance holds, every natural key is
 * unique at the hub, a published aggregate never goes below the floor through the generic CRUD
 * route, and a region writes the records of its own network only (locally and in a push). Across a
 * real hub and two regions bound to their networks, on loopback, over libSQL files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@tessera/core';
import { Cleanup, call, footprint, startNode, sync, tempDir, type Instance } from './_harness.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

/** A hub holding the Wessex and Oxford AHSNs and an organisation, and both regions synced. */
async function england() {
  const dir = tempDir(cleanup);
  const hub = await startNode(dir, 'hub', cleanup);
  const net = async (key: string, name: string) => {
    const r = await call(hub.url, '/api/v1/networks', {
      token: hub.tokens.admin,
      body: { key, name, type: 'ahsn' },
    });
    expect(r.status).toBe(201);
    return String(r.body['id']);
  };
  const wessexNet = await net('ahsn-wessex', 'Wessex AHSN');
  const oxfordNet = await net('ahsn-oxford', 'Oxford AHSN');
  const org = await call(hub.url, '/api/v1/organisations', {
    token: hub.tokens.admin,
    body: { odsCode: 'RHM', name: 'University Hospital Southampton', type: 'acute' },
  });
  expect(org.status).toBe(201);
  const wessex = await startNode(dir, 'ahsn-wessex', cleanup, hub);
  const oxford = await startNode(dir, 'ahsn-oxford', cleanup, hub);
  for (const r of [wessex, oxford]) expect((await sync(r, hub)).agree).toBe(true);
  return { hub, wessex, oxford, wessexNet, oxfordNet, orgId: String(org.body['id']) };
}

const detail = (a: { body: Record<string, unknown> }) => String(a.body['detail']);

/** A published table: `threshold`, and counts that keep it when the threshold is 2. */
const table = (threshold: number) => ({
  population: 'participants',
  characteristic: 'sex',
  groupBy: 'organisation',
  threshold,
  computedOn: '2015-10-01',
  categories: ['female', 'male', 'other'],
  rows: [{ group: 'g1', cells: [{ value: 3 }, { value: 2 }, { value: 0 }], total: { value: 5 } }],
  columnTotals: [{ value: 3 }, { value: 2 }, { value: 0 }],
  grandTotal: { value: 5 },
});

async function push(region: Instance, hub: Instance, changes: Record<string, unknown>[]) {
  return call(hub.url, '/api/v1/sync/push', {
    token: region.syncToken,
    body: {
      origin: region.id,
      epoch: 'forged',
      schemaVersion: 1,
      fromSeq: 1,
      toSeq: changes.length,
      changes: changes.map((c, i) => ({ seq: i + 1, version: 1, op: 'upsert', ...c })),
    },
  });
}

describe('write rules (the retest)', () => {
  it('refuses references to nothing (400 naming the field) at a region and at the hub', async () => {
    const { hub, wessex, wessexNet, orgId } = await england();
    const before = await footprint(wessex.store);
    const dangling: [string, Record<string, unknown>][] = [
      ['memberships', { organisationId: 'nothing', networkId: wessexNet, tier: 'core' }],
      ['memberships', { organisationId: orgId, networkId: 'nothing', tier: 'core' }],
      ['offers', { networkId: 'nothing', title: 'Offer', kind: 'support' }],
      ['organisation-strategies', { organisationId: 'nothing', kind: 'improvement', title: 'S' }],
      ['talent-pools', { networkId: 'nothing', name: 'Pool', scope: 'local' }],
    ];
    for (const [path, body] of dangling) {
      const r = await call(wessex.url, `/api/v1/${path}`, { token: wessex.tokens.editor, body });
      expect(r.status, path).toBe(400);
      expect(detail(r), path).toMatch(
        /^(organisationId|networkId): no (organisation|network) with id nothing$/,
      );
    }
    expect(await footprint(wessex.store)).toEqual(before);
    const ok = await call(wessex.url, '/api/v1/memberships', {
      token: wessex.tokens.editor,
      body: { organisationId: orgId, networkId: wessexNet, tier: 'core' },
    });
    expect(ok.status).toBe(201);
    // the hub's own writes too
    const patched = await call(hub.url, `/api/v1/organisations/${orgId}`, {
      method: 'PATCH',
      token: hub.tokens.admin,
      body: { geographyId: 'does-not-exist' },
    });
    expect(patched.status).toBe(400);
    expect(detail(patched)).toBe('geographyId: no geography with id does-not-exist');
  });

  it('keeps every natural key unique at the hub (409 naming the holder)', async () => {
    const { hub } = await england();
    const keyed: [string, Record<string, unknown>][] = [
      [
        'geographies',
        { key: 'cheshire-merseyside', name: 'Cheshire and Merseyside', kind: 'region' },
      ],
      [
        'national-bodies',
        { key: 'nhs-iq', name: 'NHS Improving Quality', kind: 'national_programme' },
      ],
      [
        'governing-boards',
        { key: 'leadership-board', name: 'Leadership Board', kind: 'leadership' },
      ],
      ['national-strategies', { key: 'dupkey-1', kind: 'improvement', title: 'S' }],
    ];
    for (const [path, body] of keyed) {
      const first = await call(hub.url, `/api/v1/${path}`, { token: hub.tokens.admin, body });
      expect(first.status, `${path}: ${JSON.stringify(first.body)}`).toBe(201);
      const again = await call(hub.url, `/api/v1/${path}`, { token: hub.tokens.admin, body });
      expect(again.status, path).toBe(409);
      expect(detail(again), path).toContain(String(first.body['id']));
    }
  });

  it('never publishes a threshold below the floor through the generic CRUD route or a push', async () => {
    const { hub, wessex } = await england();
    const low = await call(wessex.url, '/api/v1/diversity-aggregates', {
      token: wessex.tokens.editor,
      body: table(2),
    });
    expect(low.status).toBe(400);
    expect(detail(low)).toContain('suppression floor 10');
    const empty = {
      rows: [],
      columnTotals: [{ value: 0 }, { value: 0 }, { value: 0 }],
      grandTotal: { value: 0 },
    };
    const ok = await call(wessex.url, '/api/v1/diversity-aggregates', {
      token: wessex.tokens.editor,
      body: { ...table(10), ...empty },
    });
    expect(ok.status).toBe(201);
    const lowered = await call(
      wessex.url,
      `/api/v1/diversity-aggregates/${String(ok.body['id'])}`,
      {
        method: 'PATCH',
        token: wessex.tokens.editor,
        body: { threshold: 2 },
      },
    );
    expect(lowered.status).toBe(400);
    // a forged push with threshold 2 is set aside at the hub, which never publishes it
    const id = newId('ahsn-wessex');
    const pushed = await push(wessex, hub, [
      { entity: 'diversity-aggregate', id, owner: 'ahsn-wessex', payload: table(2) },
    ]);
    expect(pushed.status).toBe(200);
    expect(await hub.store.repo('diversity-aggregate').get(id)).toBeUndefined();
  });

  it("refuses a region's records for another region's network, locally (403) and in a push", async () => {
    const { hub, wessex, oxford, oxfordNet, orgId } = await england();
    const before = await footprint(wessex.store);
    const foreign: [string, Record<string, unknown>][] = [
      ['business-plans', { networkId: oxfordNet, year: '2015/16', title: 'Plan' }],
      ['assurance-returns', { networkId: oxfordNet, period: '2015-Q3' }],
      ['offers', { networkId: oxfordNet, title: 'Offer', kind: 'support' }],
      ['memberships', { networkId: oxfordNet, organisationId: orgId, tier: 'core' }],
    ];
    for (const [path, body] of foreign) {
      const r = await call(wessex.url, `/api/v1/${path}`, { token: wessex.tokens.editor, body });
      expect(r.status, path).toBe(403);
      expect(detail(r), path).toContain('network_authority');
    }
    expect(await footprint(wessex.store)).toEqual(before);
    // Oxford itself may
    const own = await call(oxford.url, '/api/v1/offers', {
      token: oxford.tokens.editor,
      body: { networkId: oxfordNet, title: 'Offer', kind: 'support' },
    });
    expect(own.status).toBe(201);
    // a forged push from Wessex carrying Oxford's offer is set aside, audited as a refusal
    const id = newId('ahsn-wessex');
    const pushed = await push(wessex, hub, [
      {
        entity: 'offer',
        id,
        owner: 'ahsn-wessex',
        payload: { networkId: oxfordNet, title: 'Forged', kind: 'support', audience: [] },
      },
    ]);
    expect(pushed.status).toBe(200);
    expect(await hub.store.repo('offer').get(id)).toBeUndefined();
    const q = await hub.store.client.execute({
      sql: 'SELECT reason FROM sync_quarantine WHERE origin = ? AND record_id = ?',
      args: ['ahsn-wessex', id],
    });
    expect(String(q.rows[0]?.['reason'])).toContain('network_authority');
  });
});
