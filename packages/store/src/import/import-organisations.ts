import type { Readable } from 'node:stream';
import type { Store } from '../store.js';
import { loadShippedMapping } from '../seed/seed-england.js';
import { importRecords, type ImportOptions, type ImportReport } from './import-records.js';
import { Placement, organisationRows } from './organisation-rows.js';

/**
 * Onboarding: imports organisations from an ODS file (headerless standard layout) or a CSV with a
 * header, places each in its geography, AHSN and LDP by the seed's mapping (`ods-mapping.csv`), and
 * writes them through the repositories. Idempotent by ODS code.
 * @example await importOrganisations(store, createReadStream('eccg.csv'))
 */
export function importOrganisations(
  store: Store,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importRecords(
    store,
    organisationRows(input, new Placement(loadShippedMapping())),
    options,
  );
}
