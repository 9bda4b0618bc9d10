import { Presets, SingleBar } from 'cli-progress';
import { HUB_INSTANCE, Store } from '@tessera/store';
import { CliError } from '../cli-error.js';
import { generateRecords } from '../generate/generate-records.js';
import { loadWorld } from '../generate/load-world.js';
import { GENERATED_ENTITIES } from '../generate/plan.js';
import { seedFrom } from '@tessera/core';
import { writeGenerated } from '../generate/write-generated.js';

export interface GenerateCommandOptions {
  db: string;
  records: number;
  /** PRNG seed (a whole number, or any text, hashed). */
  seed: string | number;
  /** Needed for a new database. */
  instance?: string;
  dbAuthToken?: string;
  /** Entity shares (default: the realistic mix). */
  mix?: Readonly<Record<string, number>>;
  /** Draw a progress bar (on a terminal) or print plain lines. */
  tty?: boolean;
}

export interface GenerateSummary {
  instance: string;
  seed: number;
  records: number;
  byEntity: Record<string, number>;
  seconds: number;
  /** True when no England directory was seeded and organisations were invented. */
  synthetic: boolean;
}

/**
 * `tessera generate`: writes `records` realistic records of the instance's region through the
 * repositories (outbox and audit included), deterministic for a seed, then prints a summary.
 */
export async function runGenerate(
  options: GenerateCommandOptions,
  out: (line: string) => void,
): Promise<GenerateSummary> {
  const store = await Store.open({
    url: options.db,
    ...(options.instance ? { instance: options.instance } : {}),
    ...(options.dbAuthToken ? { authToken: options.dbAuthToken } : {}),
  });
  const bar = options.tty
    ? new SingleBar(
        {
          format: 'generate [{bar}] {value}/{total} records {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      )
    : null;
  try {
    if (store.instance === HUB_INSTANCE) {
      throw new CliError(
        "generate writes a region's records: run it on a local instance's database (an AHSN or LDP), not the hub's",
      );
    }
    const seed = seedFrom(options.seed);
    const world = await loadWorld(store);
    if (world.synthetic)
      out(
        'No England directory in this database (run `tessera seed england` first for real trusts): generating against invented organisations',
      );
    else if (!world.homeFound)
      out(
        `No network has the key "${store.instance}" (instances are named after their network, e.g. ahsn-oxford or ldp-london): using every organisation, and "${store.instance}" as the network`,
      );
    out(
      `Generating ${options.records} records for ${world.home.name} (${world.home.type}, instance "${store.instance}"), seed ${seed}`,
    );
    const started = performance.now();
    let lastLine = 0;
    bar?.start(options.records, 0);
    const counts = await writeGenerated(
      store,
      generateRecords(world, options.records, {
        seed,
        ...(options.mix ? { mix: options.mix } : {}),
      }),
      {
        onProgress: (written) => {
          if (bar) bar.update(written);
          else if (performance.now() - lastLine > 1000 || written === options.records) {
            out(`generate: ${written}/${options.records} records`);
            lastLine = performance.now();
          }
        },
      },
    );
    bar?.stop();
    const seconds = (performance.now() - started) / 1000;
    const byEntity: Record<string, number> = {};
    for (const e of GENERATED_ENTITIES) if (counts.get(e)) byEntity[e] = counts.get(e)!;
    const width = Math.max(...Object.keys(byEntity).map((e) => e.length), 6);
    for (const [e, n] of Object.entries(byEntity))
      out(`  ${e.padEnd(width)}  ${String(n).padStart(8)}`);
    const total = Object.values(byEntity).reduce((a, b) => a + b, 0);
    out(
      `  ${'total'.padEnd(width)}  ${String(total).padStart(8)}  in ${seconds.toFixed(1)} s (${Math.round(total / Math.max(seconds, 0.001))} records/s)`,
    );
    return {
      instance: store.instance,
      seed,
      records: total,
      byEntity,
      seconds,
      synthetic: world.synthetic,
    };
  } finally {
    bar?.stop();
    store.close();
  }
}
