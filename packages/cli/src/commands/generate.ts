import { Presets, SingleBar } from 'cli-progress';
import { HUB_INSTANCE, Store } from '@tessera/store';
import { CliError } from '../cli-error.js';
import { generateRecords } from '../generate/generate-records.js';
import { loadWorld, type GenerationWorld } from '../generate/load-world.js';
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

/** A bar on a terminal (`tty`), else a plain line at most once a second and at the end. */
function generateProgress(
  tty: boolean | undefined,
  records: number,
  out: (line: string) => void,
): { onProgress: (written: number) => void; start: () => void; stop: () => void } {
  const bar = tty
    ? new SingleBar(
        {
          format: 'generate [{bar}] {value}/{total} records {eta_formatted}',
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      )
    : null;
  let lastLine = 0;
  return {
    onProgress: (written) => {
      if (bar) bar.update(written);
      else if (performance.now() - lastLine > 1000 || written === records) {
        out(`generate: ${written}/${records} records`);
        lastLine = performance.now();
      }
    },
    start: () => bar?.start(records, 0),
    stop: () => bar?.stop(),
  };
}

/** Says what the records will be generated against (and what is missing for real ones). */
function announce(
  world: GenerationWorld,
  instance: string,
  records: number,
  seed: number,
  out: (line: string) => void,
): void {
  if (world.synthetic)
    out(
      'No England directory in this database (run `tessera seed england` first for real trusts): generating against invented organisations',
    );
  else if (!world.homeFound)
    out(
      `No network has the key "${instance}" (instances are named after their network, e.g. ahsn-oxford or ldp-london): using every organisation, and "${instance}" as the network`,
    );
  out(
    `Generating ${records} records for ${world.home.name} (${world.home.type}, instance "${instance}"), seed ${seed}`,
  );
}

/** Prints the records written by entity, and the total and rate; returns the counts. */
function printCounts(
  counts: ReadonlyMap<string, number>,
  seconds: number,
  out: (line: string) => void,
): { byEntity: Record<string, number>; total: number } {
  const byEntity: Record<string, number> = {};
  for (const e of GENERATED_ENTITIES) if (counts.get(e)) byEntity[e] = counts.get(e)!;
  const width = Math.max(...Object.keys(byEntity).map((e) => e.length), 6);
  for (const [e, n] of Object.entries(byEntity))
    out(`  ${e.padEnd(width)}  ${String(n).padStart(8)}`);
  const total = Object.values(byEntity).reduce((a, b) => a + b, 0);
  out(
    `  ${'total'.padEnd(width)}  ${String(total).padStart(8)}  in ${seconds.toFixed(1)} s (${Math.round(total / Math.max(seconds, 0.001))} records/s)`,
  );
  return { byEntity, total };
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
  const progress = generateProgress(options.tty, options.records, out);
  try {
    if (store.instance === HUB_INSTANCE) {
      throw new CliError(
        "generate writes a region's records: run it on a local instance's database (an AHSN or LDP), not the hub's",
      );
    }
    const seed = seedFrom(options.seed);
    const world = await loadWorld(store);
    announce(world, store.instance, options.records, seed, out);
    const started = performance.now();
    progress.start();
    const counts = await writeGenerated(
      store,
      generateRecords(world, options.records, {
        seed,
        ...(options.mix ? { mix: options.mix } : {}),
      }),
      { onProgress: progress.onProgress },
    );
    progress.stop();
    const seconds = (performance.now() - started) / 1000;
    const { byEntity, total } = printCounts(counts, seconds, out);
    return {
      instance: store.instance,
      seed,
      records: total,
      byEntity,
      seconds,
      synthetic: world.synthetic,
    };
  } finally {
    progress.stop();
    store.close();
  }
}
