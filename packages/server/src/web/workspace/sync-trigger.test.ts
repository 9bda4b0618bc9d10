import { describe, expect, it } from 'vitest';
import type { SyncReport } from '@tessera/sync';
import { SingleSync } from './sync-trigger.js';

const report = (sent: number, received: number): SyncReport =>
  ({
    push: { applied: sent },
    pull: { pages: 1, applied: received },
    agree: true,
    quarantined: [],
  }) as unknown as SyncReport;

describe('SingleSync', () => {
  it('runs one sync at a time: a second click while one runs is told so and starts none', async () => {
    const releases: (() => void)[] = [];
    let started = 0;
    const syncs = new SingleSync(() => {
      started++;
      return new Promise((resolve) => releases.push(() => resolve(report(3, 2))));
    });
    const trigger = syncs.trigger;
    const first = trigger();
    expect(await trigger()).toMatch(/already running/);
    // the background loop joins the running sync rather than starting a second one
    const background = syncs.run();
    expect(started).toBe(1);
    releases[0]!();
    expect((await background).push.applied).toBe(3);
    expect(await first).toBe(
      'Synced: 3 change(s) sent, 2 received; the hub holds the same records as this instance.',
    );
    // once it has ended, the next click syncs again
    const again = trigger();
    expect(started).toBe(2);
    releases[1]!();
    await again;
  });

  it('a failed sync ends its turn: the error reaches the page and the next click runs', async () => {
    let fail = true;
    const { trigger } = new SingleSync(async () => {
      if (fail) throw new Error('hub unreachable');
      return report(0, 0);
    });
    await expect(trigger()).rejects.toThrow('hub unreachable');
    fail = false;
    expect(await trigger()).toMatch(/^Synced: 0 change\(s\) sent/);
  });
});
