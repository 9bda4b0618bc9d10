/**
 * Embedding the Tessera SDK: `@tessera/core` offline (schemas and pure domain functions) and
 * `@tessera/client` over HTTP, against a real instance started in-process.
 *
 * Run it: `pnpm exec tsx --conditions=@tessera/source examples/embed-sdk/src/main.ts` (from the repo root).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ConflictError,
  ValidationError,
  assuranceReturnEntity,
  membershipEntity,
  navigate,
  networkEntity,
  offerEntity,
  organisationEntity,
  parseOrThrow,
  type AssuranceStatus,
  type EntityRecord,
} from '@tessera/core';
import { createClient, isApiError } from '@tessera/client';
import { startTestInstance, type TestInstance } from '@tessera/server/testing';
import { TokenRepository, seedEngland } from '@tessera/store';

/** What the example did, for the reader (printed) and for its test. */
export interface EmbedSdkSummary {
  instance: { url: string; instance: string; role: string; schemaVersion: number };
  offline: { validOrganisation: string; invalidOdsCodePath: (string | number)[] };
  ahsns: { count: number; pages: number; names: string[] };
  navigator: {
    odsCode: string;
    organisation: string;
    ahsn: string | null;
    senate: string | null;
    ldp: string | null;
    clinicalNetworks: number;
    offers: number;
  };
  offlineNavigator: { ahsn: string | null; offers: number; agreesWithServer: boolean };
  assuranceReturn: {
    id: string;
    statuses: AssuranceStatus[];
    steps: string[];
    finalStatus: AssuranceStatus;
  };
  validationError: { status: number; path: (string | number)[]; message: string };
  lockedReturn: { code: string; status: number; message: string };
}

/** Runs the walkthrough against a fresh seeded hub on 127.0.0.1 and stops it again. */
export async function main(
  options: { log?: (line: string) => void } = {},
): Promise<EmbedSdkSummary> {
  const log = options.log ?? (() => {});

  // 1. Core, offline: validate an organisation with the same schema the server uses.
  const organisation = parseOrThrow(organisationEntity.schema, {
    odsCode: 'RJZ',
    name: "King's College Hospital NHS Foundation Trust",
    type: 'acute',
    postcode: 'SE5 9RS',
  });
  let invalidOdsCodePath: (string | number)[] = [];
  try {
    parseOrThrow(organisationEntity.schema, {
      odsCode: 'rjz!',
      name: 'Lower-case trust',
      type: 'acute',
    });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    invalidOdsCodePath = e.issues[0]?.path ?? [];
    log(`offline: ${e.message}`);
  }

  // 2. A real instance: the national hub, seeded with England's reference data.
  const hub = await startTestInstance({ instance: 'hub', role: 'hub', seed: seedEngland });
  try {
    const viewer = createClient({ baseUrl: hub.url, token: hub.tokens.viewer });
    const editor = viewer.withToken(hub.tokens.editor);

    const health = await viewer.health();
    log(
      `instance ${health.instance} (${health.role}) at ${hub.url}, schema v${health.schemaVersion}`,
    );

    // 3. List the AHSNs, five per page, following the cursor.
    const networks = viewer.collection(networkEntity);
    const ahsnNames: string[] = [];
    let pages = 0;
    for await (const page of networks.listAll({ type: 'ahsn', limit: 5 })) {
      pages++;
      ahsnNames.push(...page.items.map((n) => n.name));
    }
    log(`${ahsnNames.length} AHSNs in ${pages} pages: ${ahsnNames.join('; ')}`);

    // 4. The navigator, computed by the server ...
    const nav = await viewer.navigator('RJZ');
    log(
      `RJZ (${nav.organisation.name}) -> AHSN ${nav.ahsn?.name}, senate ${nav.senate?.name}, LDP ${nav.ldp?.name}, ${nav.offers.length} offers`,
    );

    // ... and the same pure function of core, run here on data fetched through the client.
    const [org] = (await viewer.collection(organisationEntity).list({ odsCode: 'RJZ' })).items;
    if (!org) throw new Error('RJZ is not in the seeded directory');
    const memberships = (
      await viewer.collection(membershipEntity).list({ organisationId: org.id, limit: 500 })
    ).items;
    const allNetworks: EntityRecord<typeof networkEntity>[] = [];
    for await (const page of networks.listAll({ limit: 500 })) allNetworks.push(...page.items);
    const offers: EntityRecord<typeof offerEntity>[] = [];
    for await (const page of viewer.collection(offerEntity).listAll({ limit: 500 }))
      offers.push(...page.items);
    const local = navigate({
      organisation: org,
      memberships,
      networks: allNetworks,
      offers,
      asOf: new Date().toISOString().slice(0, 10),
    });
    const agreesWithServer =
      local.ahsn?.id === nav.ahsn?.id &&
      local.offers.map((o) => o.id).join() === nav.offers.map((o) => o.id).join();
    log(
      `offline navigate() over ${allNetworks.length} networks and ${offers.length} offers -> ${local.ahsn?.name} (agrees with the server: ${agreesWithServer})`,
    );

    // 5. An assurance return: created and submitted by an editor, reviewed and signed off by the
    // Regional Medical Team of the AHSN's region (annex G 59.b): an assessor token scoped to London.
    if (!nav.ahsn) throw new Error('RJZ has no AHSN');
    const assessor = viewer.withToken(
      (
        await new TokenRepository(hub.store).create({
          role: 'assessor',
          scope: 'london',
          name: 'London Regional Medical Team',
        })
      ).token,
    );
    const returns = editor.collection(assuranceReturnEntity);
    const draft = await returns.create({
      networkId: nav.ahsn.id,
      period: '2015-Q3',
      overallRag: 'green',
      deliverables: [{ title: 'Patient safety collaborative launched', rag: 'green' }],
      metrics: [{ name: 'Trusts engaged', value: 12, target: 12, rag: 'green' }],
    });
    const submitted = await editor.assurance.submit(draft.id);
    const reviewed = (await assessor.assurance.review(draft.id)).record;
    const signedOff = (await assessor.assurance.signOff(draft.id)).record;
    const statuses = [draft.status, submitted.status, reviewed.status, signedOff.status];
    log(`assurance return ${draft.id}: ${statuses.join(' -> ')}`);

    // 6. Bad input comes back as core's ValidationError, with the failing field path.
    let validationError: EmbedSdkSummary['validationError'] = { status: 0, path: [], message: '' };
    try {
      // by name the collection is loosely typed, so this compiles (the typed `returns` would refuse 'purple')
      await editor.collection('assurance-returns').create({
        networkId: nav.ahsn.id,
        period: '2015-Q4',
        deliverables: [{ title: 'Spread', rag: 'purple' }],
      });
      throw new Error('the server accepted an invalid RAG rating');
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const status = isApiError(e) ? e.status : 0;
      validationError = { status, path: e.issues[0]?.path ?? [], message: e.message };
      log(`caught ValidationError ${status} at ${validationError.path.join('.')}: ${e.message}`);
    }

    // 7. A signed-off return is locked: editing it is a ConflictError.
    let lockedReturn: EmbedSdkSummary['lockedReturn'] = { code: '', status: 0, message: '' };
    try {
      await returns.update(draft.id, { overallRag: 'red' }, { ifVersion: signedOff.version });
      throw new Error('the server changed a signed-off return');
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      lockedReturn = { code: e.code, status: isApiError(e) ? e.status : 0, message: e.message };
      log(`caught ConflictError ${lockedReturn.status}: ${e.message}`);
    }

    return {
      instance: {
        url: hub.url,
        instance: health.instance,
        role: health.role,
        schemaVersion: health.schemaVersion,
      },
      offline: { validOrganisation: organisation.name, invalidOdsCodePath },
      ahsns: { count: ahsnNames.length, pages, names: ahsnNames },
      navigator: {
        odsCode: 'RJZ',
        organisation: nav.organisation.name,
        ahsn: nav.ahsn.name,
        senate: nav.senate?.name ?? null,
        ldp: nav.ldp?.name ?? null,
        clinicalNetworks: nav.clinicalNetworks.length,
        offers: nav.offers.length,
      },
      offlineNavigator: {
        ahsn: local.ahsn?.name ?? null,
        offers: local.offers.length,
        agreesWithServer,
      },
      assuranceReturn: {
        id: draft.id,
        statuses,
        steps: signedOff.history.map((s) => s.action),
        finalStatus: signedOff.status,
      },
      validationError,
      lockedReturn,
    };
  } finally {
    await hub.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main({ log: (line) => console.log(line) }).then(
    (summary) => {
      console.log(JSON.stringify(summary, null, 2));
      process.exitCode = 0;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
