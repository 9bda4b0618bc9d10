import { z } from 'zod';
import type { PluginInstance } from '@tessera/plugin';

const InstanceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id such as ahsn-oxford or ldp-london');

/** A plugin as a config file lists it: the value a plugin factory returns. */
const PluginValue = z.custom<PluginInstance>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as PluginInstance).manifest?.id === 'string' &&
    typeof (v as PluginInstance).definition === 'object',
  'a plugin: call its factory, e.g. membershipPlugin({ invoiceDueDays: 30 })',
);

/** What `tessera serve --config` reads; every field but `instance` has a default. */
export const TesseraConfig = z
  .object({
    /** This instance's id: an AHSN or LDP key, or `hub` for the national hub. */
    instance: InstanceId,
    role: z.enum(['local', 'hub']).default('local'),
    /** libSQL URL; default `file:./data/<instance>.db`. */
    db: z.string().min(1).optional(),
    dbAuthToken: z.string().min(1).optional(),
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(8787),
    /** Load reference data before serving (idempotent). */
    seed: z.enum(['england']).optional(),
    /** The hub a region syncs with, and the sync token the hub issued for this instance. */
    hub: z.url({ protocol: /^https?$/ }).optional(),
    hubToken: z.string().min(1).optional(),
    /** Seconds between background syncs. */
    syncInterval: z.number().min(1).default(60),
    /**
     * The smallest count a published aggregate may show (small-number suppression), set at start-up
     * as `tessera config suppression-floor` sets it; unset keeps the instance's (10 unless set).
     */
    suppressionFloor: z.number().int().min(2).max(100).optional(),
    plugins: z.array(PluginValue).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.hub && !c.hubToken)
      ctx.addIssue({ code: 'custom', path: ['hubToken'], message: 'needed with hub' });
    if (c.hub && c.role === 'hub')
      ctx.addIssue({ code: 'custom', path: ['hub'], message: 'the hub does not sync with a hub' });
    if (c.role === 'hub' && c.instance !== 'hub')
      ctx.addIssue({ code: 'custom', path: ['instance'], message: 'the national hub is "hub"' });
  });

export type TesseraConfigInput = z.input<typeof TesseraConfig>;
export type TesseraConfig = z.output<typeof TesseraConfig>;

/**
 * Types a config file (`tessera.config.ts`); `tessera serve --config` reads its default export.
 * Command-line flags and `TESSERA_*` environment variables override what it says.
 * @example export default defineConfig({ instance: 'ahsn-wessex', plugins: [membershipPlugin()] })
 */
export function defineConfig(config: TesseraConfigInput): TesseraConfigInput {
  return config;
}
