import { z } from 'zod';

/** The `{id}` path parameter of a record. */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { name: 'id', in: 'path' }, example: '0190f5d2-…' }),
});
