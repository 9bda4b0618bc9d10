import { beforeAll, describe, expect, it } from 'vitest';
import { main, type EmbedSdkSummary } from './main.js';

// Runs the example end to end: a real seeded hub over HTTP, so this is also the client's integration test.
describe('the embed-sdk example', () => {
  let summary: EmbedSdkSummary;
  beforeAll(async () => {
    summary = await main();
  }, 60_000);

  it('ran against a real instance on 127.0.0.1', () => {
    expect(summary.instance).toMatchObject({ instance: 'hub', role: 'hub', schemaVersion: 1 });
    expect(summary.instance.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('validates offline with core: a lower-case ODS code fails at odsCode', () => {
    expect(summary.offline).toEqual({
      validOrganisation: "King's College Hospital NHS Foundation Trust",
      invalidOdsCodePath: ['odsCode'],
    });
  });

  it('lists the 15 AHSNs, following the cursor over pages of 5', () => {
    expect(summary.ahsns.count).toBe(15);
    expect(summary.ahsns.pages).toBe(3);
    expect(new Set(summary.ahsns.names).size).toBe(15);
    expect(summary.ahsns.names).toContain('UCLPartners');
  });

  it('navigates RJZ to the Health Innovation Network (South London), and core navigate() agrees offline', () => {
    expect(summary.navigator).toMatchObject({
      odsCode: 'RJZ',
      organisation: "King's College Hospital NHS Foundation Trust",
      ahsn: 'Health Innovation Network (South London)',
      senate: 'London Clinical Senate',
      ldp: 'London Local Delivery Partner',
      clinicalNetworks: 4,
    });
    expect(summary.navigator.offers).toBeGreaterThan(0);
    expect(summary.offlineNavigator).toEqual({
      ahsn: 'Health Innovation Network (South London)',
      offers: summary.navigator.offers,
      agreesWithServer: true,
    });
  });

  it('takes an assurance return through submit, review and sign-off', () => {
    expect(summary.assuranceReturn.statuses).toEqual([
      'draft',
      'submitted',
      'reviewed',
      'signed_off',
    ]);
    expect(summary.assuranceReturn.steps).toEqual(['submit', 'review', 'sign_off']);
    expect(summary.assuranceReturn.finalStatus).toBe('signed_off');
  });

  it('catches bad input as a ValidationError with its field path, and an edit of a signed-off return as a ConflictError', () => {
    expect(summary.validationError.status).toBe(400);
    expect(summary.validationError.path).toEqual(['deliverables', 0, 'rag']);
    expect(summary.lockedReturn).toMatchObject({ code: 'conflict', status: 409 });
  });
});
