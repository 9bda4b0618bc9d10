import { beforeAll, describe, expect, it } from 'vitest';
import { main, REGIONS, type EnglandInABoxSummary } from './main.js';

// Runs the example end to end: a hub and three regions as separate processes on 127.0.0.1.
describe('england in a box', () => {
  let summary: EnglandInABoxSummary;
  beforeAll(async () => {
    summary = await main();
  }, 120_000);

  it('ran a hub and three regions on loopback', () => {
    expect(summary.hub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(summary.regions.map((r) => r.instance)).toEqual(REGIONS.map((r) => r.instance));
    for (const r of summary.regions) expect(r.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('wrote at each region through its API and synced every record; hub and region agree', () => {
    for (const r of summary.regions) {
      expect(r.records).toBe(Object.values(r.written).reduce((a, b) => a + b, 0) + 200);
      // each AHSN also pushes the new versions of the three returns it submitted
      expect(r.sync).toEqual({ pushed: r.records + (r.kind === 'ahsn' ? 3 : 0), agree: true });
    }
    expect(summary.regions[0]!.written).toEqual({
      membership: 2,
      'assurance-return': 4,
      'capability-assessment': 6,
    });
    expect(summary.regions[2]!.written).toEqual({
      membership: 2,
      cohort: 1,
      participant: 8,
      enrolment: 8,
    });
  });

  it("the hub holds each region's records: national totals per origin", () => {
    expect(summary.national.origins.map((o) => o.origin).sort()).toEqual(
      REGIONS.map((r) => r.instance).sort(),
    );
    for (const r of summary.regions) {
      const origin = summary.national.origins.find((o) => o.origin === r.instance)!;
      expect(origin.records).toBe(r.records);
      expect(origin.quarantined).toBe(0);
    }
    expect(summary.national.totalRecords).toBe(summary.regions.reduce((n, r) => n + r.records, 0));
    const participants = summary.regions.reduce(
      (n, r) => n + (r.written['participant'] ?? 0) + (r.generated['participant'] ?? 0),
      0,
    );
    const enrolments = summary.regions.reduce(
      (n, r) => n + (r.written['enrolment'] ?? 0) + (r.generated['enrolment'] ?? 0),
      0,
    );
    expect(summary.national.participants).toBe(participants);
    expect(summary.national.enrolments).toBe(enrolments);
  });

  it('counts assurance returns per AHSN at the hub, with the three submitted ones of each', () => {
    for (const r of summary.regions) {
      const atHub = summary.national.assuranceReturns[r.instance]!;
      expect(atHub.total).toBe(
        (r.written['assurance-return'] ?? 0) + (r.generated['assurance-return'] ?? 0),
      );
    }
    for (const key of ['ahsn-oxford', 'ahsn-health-innovation-network']) {
      expect(summary.national.assuranceReturns[key]!.byStatus['submitted']).toBeGreaterThanOrEqual(
        3,
      );
    }
  });

  it('no participant name, email or protected characteristic reached the hub', () => {
    expect(summary.privacy.participantsWithPersonalFields).toBe(0);
    expect(summary.privacy.hubRowsWithNames).toBe(0);
    expect(summary.privacy.searched).toBeGreaterThanOrEqual(16);
    expect(summary.privacy.found).toBe(0);
  });
});
