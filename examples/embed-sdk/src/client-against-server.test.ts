import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  assuranceReturnEntity,
  nationalStrategyEntity,
  priorityEntity,
  alignmentLinkEntity,
  networkEntity,
  organisationEntity,
} from '@tessera/core';
import { createClient, isApiError, type TesseraClient } from '@tessera/client';
import { startTestInstance, type TestInstance } from '@tessera/server/testing';
import { TokenRepository, seedEngland } from '@tessera/store';

// The client against a real seeded hub: each problem the server answers comes back as core's typed error.
let hub: TestInstance;
let anonymous: TesseraClient;
beforeAll(async () => {
  hub = await startTestInstance({ instance: 'hub', role: 'hub', seed: seedEngland });
  anonymous = createClient({ baseUrl: hub.url });
}, 60_000);
afterAll(() => hub.stop());

const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('@tessera/client against a real instance', () => {
  it('pages through every organisation with listAll', async () => {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of anonymous.collection(organisationEntity).listAll({ limit: 100 })) {
      pages++;
      ids.push(...page.items.map((o) => o.id));
    }
    expect(ids.length).toBeGreaterThan(200);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toBe(Math.ceil(ids.length / 100));
  });

  it('maps 404, 401, 403, 400 and 409 problems to core errors carrying status and problem', async () => {
    const missing = await caught(anonymous.collection(networkEntity).get('no-such-id'));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(
      isApiError(missing) &&
        missing.status === 404 &&
        missing.problem.type === '/api/v1/problems/not-found',
    ).toBe(true);

    const unauthorised = await caught(
      anonymous.collection(assuranceReturnEntity).create({ networkId: 'x', period: '2015-Q1' }),
    );
    expect(unauthorised).toBeInstanceOf(DomainError);
    expect((unauthorised as DomainError).code).toBe('unauthorized');

    const forbidden = await caught(
      anonymous
        .withToken(hub.tokens.viewer)
        .collection('assurance-returns')
        .create({ networkId: 'x', period: '2015-Q1' }),
    );
    expect(forbidden).toBeInstanceOf(ForbiddenError);

    const badToken = await caught(anonymous.withToken('not-a-token').health());
    expect((badToken as DomainError).code).toBe('unauthorized');

    const badLimit = await caught(anonymous.collection('networks').list({ limit: 0 }));
    expect(badLimit).toBeInstanceOf(ValidationError);
    expect((badLimit as ValidationError).issues[0]?.path).toEqual(['limit']);

    const editor = anonymous.withToken(hub.tokens.editor);
    const [ahsn] = (
      await anonymous.collection(networkEntity).list({ key: 'ahsn-health-innovation-network' })
    ).items;
    const draft = await editor
      .collection(assuranceReturnEntity)
      .create({ networkId: ahsn!.id, period: '2015-Q2' });
    const stale = await caught(
      editor
        .collection(assuranceReturnEntity)
        .update(draft.id, { overallRag: 'amber' }, { ifVersion: draft.version + 1 }),
    );
    // a stale If-Match version: 412 precondition_failed, rebuilt as a ConflictError
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).code).toBe('conflict');
    const assessor = (
      await new TokenRepository(hub.store).create({ role: 'assessor', scope: 'london' })
    ).token;
    const illegal = await caught(anonymous.withToken(assessor).assurance.signOff(draft.id));
    expect(illegal).toBeInstanceOf(ConflictError);
    expect((illegal as ConflictError).code).toBe('illegal_transition');

    const changed = await editor
      .collection(assuranceReturnEntity)
      .update(draft.id, { overallRag: 'amber' }, { ifVersion: draft.version });
    expect(changed.version).toBe(draft.version + 1);
    await editor.collection(assuranceReturnEntity).delete(draft.id);
    expect(await caught(editor.collection(assuranceReturnEntity).get(draft.id))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it('returns an assurance return for changes with a comment, and resubmits it', async () => {
    const editor = anonymous.withToken(hub.tokens.editor);
    // the Regional Medical Team of the AHSN's region assesses (annex G 59.b)
    const assessor = anonymous.withToken(
      (await new TokenRepository(hub.store).create({ role: 'assessor', scope: 'london' })).token,
    );
    const [ahsn] = (
      await anonymous.collection(networkEntity).list({ key: 'ahsn-health-innovation-network' })
    ).items;
    const draft = await editor.collection(assuranceReturnEntity).create({
      networkId: ahsn!.id,
      period: '2015-Q4',
      deliverables: [{ title: 'Spread of a safety bundle', rag: 'amber' }],
    });
    await editor.assurance.submit(draft.id, 'First submission');
    const returned = (await assessor.assurance.return(draft.id, 'Please add the Q4 metrics'))
      .record;
    expect(returned.status).toBe('draft');
    expect(returned.history.at(-1)).toMatchObject({
      action: 'return',
      comment: 'Please add the Q4 metrics',
    });
    const again = await editor.assurance.submit(draft.id);
    expect(again.status).toBe('submitted');
  });

  it('reads every computed view, health and the audit trail', async () => {
    // the England seed has the two national strategies (drafts, rec 1); give them a priority each and align them
    const admin = anonymous.withToken(hub.tokens.admin);
    const [improvement] = (
      await admin.collection(nationalStrategyEntity).list({ kind: 'improvement' })
    ).items;
    const [leadership] = (
      await admin.collection(nationalStrategyEntity).list({ kind: 'leadership' })
    ).items;
    const imp = await admin.collection(priorityEntity).create({
      strategyId: improvement!.id,
      code: 'IMP-1',
      title: 'Build improvement capability',
    });
    const lead = await admin
      .collection(priorityEntity)
      .create({ strategyId: leadership!.id, code: 'LEAD-1', title: 'Develop system leaders' });
    await admin
      .collection(alignmentLinkEntity)
      .create({ sourceKind: 'priority', sourceId: imp.id, priorityId: lead.id });
    const { insights } = anonymous;
    expect((await insights.strategyCoverage()).strategies).toBeDefined();
    expect(await insights.strategyCompliance({ asOf: '2015-06-30' })).toBeTypeOf('object');
    expect((await insights.crossAlignment()).pairs).toHaveLength(1);
    expect(await insights.coterminosity()).toBeTypeOf('object');
    expect(await insights.boardSharedMembership({ minimumShared: 1 })).toBeTypeOf('object');
    const savings = await insights.savingsProgress();
    expect(savings.targets.length).toBeGreaterThan(0);
    expect(savings.targets[0]).toHaveProperty('savingPercent');
    expect(await anonymous.health()).toMatchObject({ status: 'ok', instance: 'hub', role: 'hub' });
    const audit = await anonymous.withToken(hub.tokens.admin).audit({ limit: 5 });
    expect(audit.items.length).toBeLessThanOrEqual(5);
  });
});
