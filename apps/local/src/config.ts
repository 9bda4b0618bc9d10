import { z } from 'zod';

/** A local instance's configuration, from the environment (12-factor). */
export const LocalConfig = z.object({
  TESSERA_DB: z.string().default('file:./data/local.db'),
  TESSERA_DB_AUTH_TOKEN: z.string().optional(),
  TESSERA_INSTANCE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id such as ahsn-oxford or ldp-london'),
  TESSERA_HOST: z.string().default('127.0.0.1'),
  TESSERA_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  TESSERA_SEED: z.enum(['england', 'none']).default('england'),
});
export type LocalConfig = z.infer<typeof LocalConfig>;
