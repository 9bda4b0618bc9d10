import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestInstance, type TestInstance } from '@tessera/server/testing';
import { type Store, changeLog } from '@tessera/store';
import { naturalId } from '@tessera/core';
import { MEMBERSHIP_PLUGIN_VERSION, membershipPlugin } from './membership-plugin.js';
import { financialYearOf } from './index.js';

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({
    instance: 'ahsn-oxford',
    plugins: [membershipPlugin({ invoiceDueDays: 14 })],
    // the network, a national record, as the hub's directory brings it
    seed: (store) =>
      store.write((tx) =>
        store.repo('network').upsertManyIn(
          tx,
          [
            {
              id: naturalId('network', 'ahsn-oxford'),
              fields: { key: 'ahsn-oxford', name: 'Oxford AHSN', type: 'ahsn' },
            },
          ],
          { actor: 'seed', actorRole: 'admin' },
          'hub',
        ),
      ),
  });
});
afterAll(() => t.stop());

const until = async <T>(fn: () => Promise<T | undefined>, ms = 5000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('membership plugin in a real instance', () => {
  it('issues an invoice when a paying member joins (event after commit) and totals it', async () => {
    const org = (await (
      await t.request('/api/v1/organisations', {
        method: 'POST',
        as: 'editor',
        json: { name: 'Oxford University Hospitals', type: 'acute' },
      })
    ).json()) as { id: string };
    const net = { id: naturalId('network', 'ahsn-oxford') };
    const m = await t.request('/api/v1/memberships', {
      method: 'POST',
      as: 'editor',
      json: {
        organisationId: org.id,
        networkId: net.id,
        tier: 'core',
        subscriptionGbp: 25000,
        since: '2015-06-01',
      },
    });
    expect(m.status).toBe(201);
    const invoices = await until(async () => {
      const page = (await (
        await t.request('/api/v1/plugins/membership/membership-invoices', { as: 'viewer' })
      ).json()) as { items: { amountGbp: number; year: string; networkId: string }[] };
      return page.items.length ? page.items : undefined;
    });
    expect(invoices).toEqual([
      expect.objectContaining({ amountGbp: 25000, year: '2015/16', networkId: net.id }),
    ]);
    // the totals are not public: a plugin route needs a token unless the plugin says otherwise
    expect((await t.request('/api/v1/plugins/membership/summary?year=2015/16')).status).toBe(401);
    const summary = (await (
      await t.request('/api/v1/plugins/membership/summary?year=2015/16', { as: 'viewer' })
    ).json()) as { networks: { outstandingGbp: number }[] };
    expect(summary.networks).toEqual([
      { networkId: net.id, invoices: 1, issuedGbp: 25000, paidGbp: 0, outstandingGbp: 25000 },
    ]);
  });

  it('keeps the contact email (a local field) out of the outbox', async () => {
    const created = await t.request('/api/v1/plugins/membership/membership-invoices', {
      method: 'POST',
      as: 'editor',
      json: {
        membershipId: 'm',
        networkId: 'n',
        organisationId: 'o',
        year: '2015/16',
        amountGbp: 10,
        dueOn: '2015-07-01',
        contactEmail: 'finance@example.org',
      },
    });
    expect(created.status).toBe(201);
    const rows = await (t.store as Store).db.select().from(changeLog);
    expect(JSON.stringify(rows)).not.toContain('finance@example.org');
  });

  it('documents its routes in the OpenAPI document and refuses bad options', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    expect(doc.paths['/api/v1/plugins/membership/summary']!['get']!.security).toEqual([
      { bearer: [] },
    ]);
    expect(doc.paths['/api/v1/plugins/membership/membership-invoices']!['get']!.security).toEqual([
      { bearer: [] },
    ]);
    expect(
      (
        await t.request('/api/v1/plugins/membership/summary?year=2015', { as: 'viewer' })
      ).headers.get('content-type'),
    ).toContain('application/problem+json');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/plugins/membership/summary',
        '/api/v1/plugins/membership/membership-invoices',
      ]),
    );
    expect(() => membershipPlugin({ invoiceDueDays: 0 })).toThrow(/invoiceDueDays/);
  });

  it('declares the version of its package', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(MEMBERSHIP_PLUGIN_VERSION).toBe(pkg.version);
  });

  it('knows the NHS financial year', () => {
    expect(financialYearOf('2015-04-01')).toBe('2015/16');
    expect(financialYearOf('2016-03-31')).toBe('2015/16');
    expect(financialYearOf('1999-12-31')).toBe('1999/00');
  });
});
