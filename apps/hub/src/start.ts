// The national hub. Configure with TESSERA_DB, TESSERA_PORT, TESSERA_HOST (its instance id is always "hub").
import { z } from 'zod';
import { parseOrThrow } from '@tessera/core';
import { startInstance } from '@tessera/cli';

const config = parseOrThrow(
  z.object({
    TESSERA_DB: z.string().default('file:./data/hub.db'),
    TESSERA_DB_AUTH_TOKEN: z.string().optional(),
    TESSERA_HOST: z.string().default('127.0.0.1'),
    TESSERA_PORT: z.coerce.number().int().min(0).max(65535).default(8788),
  }),
  process.env,
  'Invalid configuration',
);
const running = await startInstance({
  db: config.TESSERA_DB,
  port: config.TESSERA_PORT,
  host: config.TESSERA_HOST,
  instance: 'hub',
  role: 'hub',
  seed: 'england',
  ...(config.TESSERA_DB_AUTH_TOKEN ? { dbAuthToken: config.TESSERA_DB_AUTH_TOKEN } : {}),
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void running.close().then(() => process.exit(0)));
