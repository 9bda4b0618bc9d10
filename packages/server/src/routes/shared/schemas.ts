import { z } from 'zod';
import { RecordEnvelope, type EntityDefinition } from '@tessera/core';
import { pascal } from './pascal.js';

/** The problem document schema (RFC 9457) for the OpenAPI document. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          pointer: z.string(),
          path: z.array(z.union([z.string(), z.number()])),
          detail: z.string(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** Standard error responses of a route, for the OpenAPI document. */
export const errorResponses = {
  400: problem('Invalid input: the failing fields are listed in `errors`'),
  401: problem('No or invalid bearer token'),
  403: problem('The token may not do this, or the record belongs to another instance'),
  404: problem('Not found'),
  409: problem('Conflict, e.g. an illegal workflow transition'),
  413: problem('The body is too large'),
  422: problem('A schema version this instance cannot read'),
} as const;

/** A record as answered by the API: envelope plus fields (local fields included: reads need a token). */
export function recordSchema(def: EntityDefinition) {
  return z
    .object({ ...RecordEnvelope.shape, ...def.schema.shape })
    .meta({ id: pascal(def.name), description: def.description });
}

export function pageSchema(def: EntityDefinition) {
  return z
    .object({ items: z.array(recordSchema(def)), nextCursor: z.string().nullable() })
    .meta({ id: `${pascal(def.name)}Page` });
}

/**
 * The create body: the entity's fields but its read-only workflow fields (the store refuses
 * them), and a field with a default may be left out (the store fills it in).
 */
export function createBodySchema(def: EntityDefinition) {
  const shape = Object.fromEntries(
    Object.entries(def.schema.shape)
      .filter(([field]) => !def.readOnly.includes(field))
      .map(([field, schema]) => [
        field,
        schema instanceof z.ZodDefault ? schema.optional() : schema,
      ]),
  );
  const catchall = def.schema.def.catchall;
  const base = catchall ? z.object(shape).catchall(catchall) : z.object(shape);
  return base.meta({ id: `${pascal(def.name)}Input` });
}
