import type { Readable } from 'node:stream';
import { naturalId, speaksForNetwork } from '@tessera/core';
import type { Store } from '../store.js';
import { loadShippedMapping } from '../seed/seed-england.js';
import {
  importRecords,
  type ImportOptions,
  type ImportReport,
  type ImportRow,
} from './import-records.js';
import { Placement, organisationRows } from './organisation-rows.js';

/**
 * Onboarding: imports organisations from an ODS file (headerless standard layout) or a CSV with a
 * header, places each in its geography, AHSN and LDP by the seed's mapping (`ods-mapping.csv`), and
 * writes them through the repositories. Idempotent by ODS code. A region bound to a network
 * (`ahsn-<key>`, `ldp-<key>`) records only the memberships of its own network: the others are
 * their networks' to record (`speaksForNetwork`).
 * @example await importOrganisations(store, createReadStream('eccg.csv'))
 */
export function importOrganisations(
  store: Store,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importRecords(
    store,
    ownMemberships(store.instance, organisationRows(input, new Placement(loadShippedMapping()))),
    options,
  );
}

/** The rows with only the memberships of networks `instance` speaks for (seeded networks: by key). */
async function* ownMemberships(
  instance: string,
  rows: AsyncIterable<ImportRow>,
): AsyncGenerator<ImportRow> {
  const own = naturalId('network', instance);
  const speaks = (id: unknown) => id === own || speaksForNetwork(instance, {});
  for await (const row of rows) {
    if (!row.records) {
      yield row;
      continue;
    }
    const records = row.records.filter(
      (r) => r.entity !== 'membership' || speaks(r.fields['networkId']),
    );
    yield { ...row, records };
  }
}
