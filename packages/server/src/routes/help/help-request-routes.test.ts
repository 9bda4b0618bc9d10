import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLog, seedEngland } from '@tessera/store';
import { eq } from 'drizzle-orm';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({ instance: 'ahsn-hin', role: 'local', seed: seedEngland });
});
afterAll(() => t.stop());

const ask = (body: unknown) => t.request('/api/v1/help-requests', { method: 'POST', json: body });
const valid = {
  odsCode: 'rjz',
  question: 'Our board wants help to spread a sepsis bundle across our wards.',
  contactName: 'Zq Board Secretary',
  contactEmail: 'zq.secretary@example.nhs.uk',
};

describe('POST /help-requests: ask for help without a token (rec 7)', () => {
  it('routes by the navigator, keeps contact details local, refuses bad bodies, and rate-limits per address', async () => {
    const ok = await ask(valid);
    expect(ok.status).toBe(201);
    const receipt = (await ok.json()) as {
      reference: string;
      status: string;
      routedTo: { name: string; type: string };
      reason: string;
    };
    expect(receipt.status).toBe('routed');
    expect(receipt.routedTo).toMatchObject({ type: 'ahsn' });
    expect(receipt.routedTo.name).toContain('Health Innovation Network');
    expect(JSON.stringify(receipt)).not.toContain('zq.secretary');

    // the AHSN's queue holds it (viewer token), and nothing personal is in the outbox
    expect((await t.request(`/api/v1/enquiries/${receipt.reference}`)).status).toBe(401);
    const stored = (await (
      await t.request(`/api/v1/enquiries/${receipt.reference}`, { as: 'viewer' })
    ).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ status: 'routed', topic: 'improvement' });
    const logged = await t.store.db
      .select()
      .from(changeLog)
      .where(eq(changeLog.recordId, receipt.reference));
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0]!.payload)).not.toMatch(/zq|sepsis/i);

    // strict body: unknown field, too long, bad email; unknown ODS code: 404 (each counts)
    const extra = await ask({ ...valid, phone: '0207' });
    expect(extra.status).toBe(400);
    expect(((await extra.json()) as { errors: { path: unknown[] }[] }).errors[0]!.path).toEqual([
      'phone',
    ]);
    const long = await ask({ ...valid, question: 'x'.repeat(4001), contactEmail: 'nope' });
    expect(long.status).toBe(400);
    const paths = ((await long.json()) as { errors: { path: unknown[] }[] }).errors.map((e) =>
      e.path.join('.'),
    );
    expect(paths.sort()).toEqual(['contactEmail', 'question']);
    expect((await ask({ ...valid, odsCode: 'ZZZ99' })).status).toBe(404);

    // leadership goes to the Local Delivery Partner
    const leadership = await ask({ ...valid, topic: 'leadership' });
    expect(leadership.status).toBe(201);
    expect(((await leadership.json()) as { routedTo: { type: string } }).routedTo.type).toBe('ldp');

    // the sixth request from this address within ten minutes
    const limited = await ask(valid);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(((await limited.json()) as { type: string }).type).toContain('rate-limited');
    // the other routes are not limited
    expect((await t.request('/api/v1/navigator/RJZ')).status).toBe(200);
  });
});
