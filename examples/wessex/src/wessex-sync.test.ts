/**
 * `tessera sync` of the Wessex instance: against a hub that does not run region-wessex it exits
 * non-zero naming the entities and pushes nothing; against a hub that runs both plugins it is in
 * sync, the engagements (local) never reaching the hub.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '@tessera/cli';
import { membershipPlugin } from '@tessera/plugin-membership';
import { regionWessexPlugin, wessexEngagementEntity } from '@tessera/plugin-region-wessex';
import { createInstance } from '@tessera/server';
import { startTestInstance } from '@tessera/server/testing';
import { TokenRepository } from '@tessera/store';

const CONFIG = fileURLToPath(new URL('../tessera.config.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tessera-wessex-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = `file:${join(dir, 'wessex.db')}`;

async function sync(hubUrl: string, token: string, config?: string) {
  const lines: string[] = [];
  const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
  const args = ['sync', '--db', db, '--hub', hubUrl, '--token', token];
  const code = await runCli(config ? [...args, '--config', config] : args, io);
  return { code, text: lines.join('\n') };
}

describe('tessera sync of a region with plugins', () => {
  it('names the shared entities a hub does not run, exits non-zero, and is in sync with one that does', async () => {
    const region = await createInstance({
      db,
      instance: 'ahsn-wessex',
      role: 'local',
      plugins: [membershipPlugin(), regionWessexPlugin()],
      out: () => {},
    });
    await region.store
      .repo(wessexEngagementEntity.name)
      .create(
        { odsCode: 'RHM', contactName: 'Pat', contactEmail: 'pat@example.org', on: '2015-10-01' },
        { actor: 't', actorRole: 'editor' },
      );
    await region.close();

    const bare = await startTestInstance({ role: 'hub', plugins: [membershipPlugin()] });
    try {
      const token = (
        await new TokenRepository(bare.store).create({ role: 'sync', instance: 'ahsn-wessex' })
      ).token;
      const refused = await sync(bare.url, token, CONFIG);
      expect(refused.code).toBe(1);
      expect(refused.text).toMatch(
        /cannot sync plugin entities "region-wessex-priority" \(the hub does not run plugin "region-wessex"\)/,
      );
      expect(refused.text).toMatch(/"region-wessex-member"/);
      expect(refused.text).not.toMatch(/in sync/);
      const without = await sync(bare.url, token);
      expect(without.code).toBe(1);
      expect(without.text).toMatch(/give --config/);
    } finally {
      await bare.stop();
    }

    const hub = await startTestInstance({
      role: 'hub',
      plugins: [membershipPlugin(), regionWessexPlugin({ seedMembers: false })],
    });
    try {
      const token = (
        await new TokenRepository(hub.store).create({ role: 'sync', instance: 'ahsn-wessex' })
      ).token;
      const ok = await sync(hub.url, token, CONFIG);
      expect(ok.text).toMatch(/in sync: the hub and this instance agree/);
      expect(ok.text).toMatch(/0 quarantined/);
      expect(ok.code).toBe(0);
      const held = await hub.store.client.execute(
        'SELECT (SELECT count(*) FROM region_wessex_members), (SELECT count(*) FROM region_wessex_engagements)',
      );
      expect([Number(held.rows[0]![0]), Number(held.rows[0]![1])]).toEqual([10, 0]);
    } finally {
      await hub.stop();
    }
  }, 120_000);
});
