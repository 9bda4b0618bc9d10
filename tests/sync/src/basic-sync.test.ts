import { naturalId } from '@tessera/core';
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as createDb } from '@libsql/client';
import { startInstance, type RunningInstance } from '@tessera/cli';
import { TokenRepository } from '@tessera/store';
import { syncWithHub } from '@tessera/sync';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tessera-sync-'));
  cleanup.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
};
async function start(
  db: string,
  instance: string,
  role: 'hub' | 'local',
): Promise<RunningInstance> {
  const r = await startInstance(
    { db, port: 0, host: '127.0.0.1', instance, role, seed: 'england' },
    () => {},
  );
  cleanup.push(() => r.close());
  return r;
}
const post = async (r: RunningInstance, token: string, path: string, body: unknown) => {
  const res = await fetch(`${r.url}/api/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; version: number };
};

describe('a local instance syncs with the hub', () => {
  it('pushes its records (without personal fields), pulls national data, and both agree', async () => {
    const dir = tmp();
    const hub = await start(`file:${join(dir, 'hub.db')}`, 'hub', 'hub');
    const local = await start(`file:${join(dir, 'oxford.db')}`, 'ahsn-oxford', 'local');
    const syncToken = (
      await new TokenRepository(hub.store).create({ role: 'sync', instance: 'ahsn-oxford' })
    ).token;
    const editor = (await new TokenRepository(local.store).create({ role: 'editor' })).token;

    const org = await post(local, editor, 'organisations', {
      name: 'Oxford Brookes University',
      type: 'university',
    });
    const participant = await post(local, editor, 'participants', {
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      organisationId: org.id,
      profession: 'nursing',
      band: '8a',
      sex: 'female',
      ageBand: '35_44',
      ethnicity: 'white_british',
      disability: 'no',
      sexualOrientation: 'not_stated',
      religion: 'not_stated',
    });
    // an enrolment names a cohort this instance holds
    const cohort = await post(local, editor, 'cohorts', {
      programmeId: naturalId('programme', 'mary-seacole'),
      ldpId: naturalId('network', 'ldp-thames-valley-wessex'),
      startDate: '2015-09-01',
      endDate: '2016-03-31',
      places: 20,
      deliveryPartner: 'Oxford Brookes University',
    });
    await post(local, editor, 'enrolments', {
      cohortId: cohort.id,
      participantId: participant.id,
      status: 'enrolled',
      enrolledOn: '2015-09-01',
    });

    const report = await syncWithHub({ store: local.store, hubUrl: hub.url, token: syncToken });
    expect(report.push.applied).toBe(4);
    expect(report.agree).toBe(true);

    const hubDb = createDb({ url: `file:${join(dir, 'hub.db')}` });
    cleanup.push(() => hubDb.close());
    const rows = await hubDb.execute({
      sql: 'select * from participants where id = ?',
      args: [participant.id],
    });
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!['name']).toBeNull();
    expect(rows.rows[0]!['email']).toBeNull();
    expect(rows.rows[0]!['ethnicity']).toBeNull();
    expect(rows.rows[0]!['organisation_id']).toBe(org.id);
    const dump =
      JSON.stringify((await hubDb.execute('select * from change_log')).rows) +
      JSON.stringify((await hubDb.execute('select * from audit_log')).rows);
    expect(dump).not.toContain('Ada Lovelace');
    expect(dump).not.toContain('ada@example.org');

    // the hub's own national data reaches the local instance by pull
    const hubAdmin = (await new TokenRepository(hub.store).create({ role: 'admin' })).token;
    const priority = await post(hub, hubAdmin, 'priorities', {
      strategyId: naturalId('national-strategy', 'national-improvement-strategy'),
      code: 'IMP-1',
      title: 'Build improvement capability',
    });
    const again = await syncWithHub({ store: local.store, hubUrl: hub.url, token: syncToken });
    expect(again.pull.applied).toBeGreaterThanOrEqual(1);
    expect(await local.store.repo('priority').get(priority.id)).toMatchObject({
      code: 'IMP-1',
      owner: 'hub',
    });

    // a second sync changes nothing and still agrees
    const third = await syncWithHub({ store: local.store, hubUrl: hub.url, token: syncToken });
    expect(third.push.applied).toBe(0);
    expect(third.agree).toBe(true);
  });
});
