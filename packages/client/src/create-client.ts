import type { EntityDefinition, Navigation } from '@tessera/core';
import { createHttp, type FetchLike } from './http.js';
import { createCollection, type EntityCollection, type LooseCollection } from './collection.js';
import { createInsights, type InsightsClient } from './insights.js';
import { createAssurance, type AssuranceClient } from './assurance.js';
import { readAudit, type AuditPage, type AuditParams } from './audit.js';
import { readHealth, type Health } from './health.js';
import { readNavigation } from './navigator.js';
import { createApiClient } from './api-client.js';
import type { TesseraApi } from './api-types.js';

export interface ClientOptions {
  /** The instance's URL, e.g. `http://127.0.0.1:8787` (or its API root `.../api/v1`). */
  baseUrl: string;
  /** A bearer token (`tessera token create`); reads of personal data need viewer, writes editor or admin. */
  token?: string | undefined;
  /** The `fetch` to use (default the global one): for proxies, retries, or tests. */
  fetch?: FetchLike | undefined;
}

/** A typed client of a Tessera instance's API. */
export interface TesseraClient {
  /** The API root the client calls, e.g. `http://127.0.0.1:8787/api/v1`. */
  readonly apiUrl: string;
  /** CRUD on an entity's collection, fully typed by its core definition. @example client.collection(networkEntity).list({ type: 'ahsn' }) */
  collection<E extends EntityDefinition>(entity: E): EntityCollection<E>;
  /** CRUD on a collection by name (`networks`) or entity name (`network`), with loose record types. */
  collection(name: string): LooseCollection;
  /** "Where do I go for help?" for an organisation by ODS code; `asOf` (YYYY-MM-DD) defaults to today. */
  navigator(odsCode: string, options?: { asOf?: string }): Promise<Navigation>;
  /** The computed views: strategy coverage and compliance, cross-alignment, coterminosity, boards, savings. */
  readonly insights: InsightsClient;
  /** The assurance return workflow steps. */
  readonly assurance: AssuranceClient;
  /** The audit trail, newest first (admin). */
  audit(params?: AuditParams): Promise<AuditPage>;
  /** Liveness and identity of the instance. */
  health(): Promise<Health>;
  /**
   * Every operation of the API (SPC, enquiry workflow, capability, diversity, search, talent,
   * plugins, sync...), typed from the OpenAPI document; error answers reject with core's errors.
   * @example const { data } = await client.api.POST('/api/v1/spc', { body })
   */
  readonly api: TesseraApi;
  /** The same client with another token (or none). */
  withToken(token: string | undefined): TesseraClient;
}

/**
 * Creates a typed client of a Tessera instance. Error responses throw core's typed errors
 * (`ValidationError`, `NotFoundError`, `ConflictError`, `ForbiddenError`, `DomainError`) with
 * `status` and the raw `problem` set on them.
 * @example const client = createClient({ baseUrl: 'http://127.0.0.1:8787', token }); await client.navigator('RJZ')
 */
export function createClient(options: ClientOptions): TesseraClient {
  const http = createHttp(options);
  return {
    apiUrl: http.apiUrl,
    collection: ((nameOrEntity: string | EntityDefinition) =>
      createCollection(http, nameOrEntity)) as TesseraClient['collection'],
    navigator: async (odsCode, navOptions) => readNavigation(http, odsCode, navOptions),
    insights: createInsights(http),
    assurance: createAssurance(http),
    audit: async (params) => readAudit(http, params),
    health: async () => readHealth(http),
    api: createApiClient(options),
    withToken: (token) => createClient({ ...options, token }),
  };
}
