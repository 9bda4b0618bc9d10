import type { Client } from 'openapi-fetch';
import type { components, operations, paths } from './generated/openapi.js';

/** Every operation of the API, typed from the server's OpenAPI document (openapi-fetch). */
export type TesseraApi = Client<paths, 'application/json'>;

/** The document's schemas by name, e.g. `ApiSchema<'Network'>`, `ApiSchema<'SpcAnalysis'>`. */
export type ApiSchema<N extends keyof components['schemas']> = components['schemas'][N];

/** The JSON answer of an operation by its operationId, e.g. `ApiAnswer<'getNetwork'>`. */
export type ApiAnswer<O extends keyof operations> = operations[O]['responses'] extends infer R
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;
