/**
 * England in a box: the national hub and three regions, each its own `tessera serve` process on
 * 127.0.0.1 with its own database file. Two AHSNs (Oxford, and the Health Innovation Network of
 * South London) and the London LDP write their data through their own APIs, sync to the hub with
 * `tessera sync`, and the hub shows the national picture, without a single participant's name.
 *
 * Run it: `pnpm --filter @tessera/example-england-in-a-box start` (from the repository root).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store } from '@tessera/store';
import { api } from './api.js';
import { serve, tessera, type Served } from './processes.js';
import { writeAhsnData, writeLdpData, type Written } from './regional-data.js';

export const REGIONS = [
  { instance: 'ahsn-oxford', kind: 'ahsn' },
  { instance: 'ahsn-health-innovation-network', kind: 'ahsn' },
  { instance: 'ldp-london', kind: 'ldp' },
] as const;

export interface RegionSummary {
  instance: string;
  kind: 'ahsn' | 'ldp';
  url: string;
  /** Records written through the region's API, per entity. */
  written: Written;
  /** Records `tessera generate` added, per entity. */
  generated: Written;
  /** Every record the region owns. */
  records: number;
  sync: { pushed: number; agree: boolean };
}

export interface EnglandInABoxSummary {
  hub: { url: string };
  regions: RegionSummary[];
  national: {
    /** Per origin, from the hub's GET /api/v1/sync/status: live records the hub holds for it. */
    origins: {
      origin: string;
      records: number;
      lastSeq: number;
      quarantined: number;
      digest: string;
    }[];
    totalRecords: number;
    /** Per AHSN (and the LDP), the quarterly assurance returns the hub holds, by status. */
    assuranceReturns: Record<string, { total: number; byStatus: Record<string, number> }>;
    participants: number;
    enrolments: number;
  };
  privacy: {
    /** Participants whose name, email or protected characteristics the hub's API shows (must be 0). */
    participantsWithPersonalFields: number;
    /** Rows of the hub's participants table holding a name or email (must be 0). */
    hubRowsWithNames: number;
    /** Participant names and emails of the LDP searched for in the hub's database files, and how many were found (must be 0). */
    searched: number;
    found: number;
  };
}

/** Parses the per-entity lines of `tessera generate`'s summary. */
function generatedCounts(output: string): Written {
  const out: Written = {};
  for (const m of output.matchAll(/^ {2}([a-z-]+)\s+(\d+)$/gm)) out[m[1]!] = Number(m[2]);
  return out;
}

const sum = (w: Written) => Object.values(w).reduce((a, b) => a + b, 0);

/**
 * Starts the hub and three regions, writes, syncs, reads the national totals, checks that no
 * participant's name reached the hub, stops everything and returns what it saw.
 */
export async function main(
  options: { log?: (line: string) => void; generate?: number } = {},
): Promise<EnglandInABoxSummary> {
  const t0 = performance.now();
  const print = options.log ?? (() => {});
  const log = (line: string) =>
    print(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`);
  const generate = options.generate ?? 200;
  const dir = mkdtempSync(join(tmpdir(), 'tessera-england-'));
  const db = (name: string) => `file:${join(dir, `${name}.db`)}`;
  const running: Served[] = [];
  try {
    // 1. the hub and the three regions, each a process with its own database
    log(`starting the hub and ${REGIONS.map((r) => r.instance).join(', ')} (databases in ${dir})`);
    const started = await Promise.allSettled([
      serve({ instance: 'hub', role: 'hub', db: db('hub') }),
      ...REGIONS.map((r) => serve({ instance: r.instance, role: 'local', db: db(r.instance) })),
    ]);
    for (const s of started) if (s.status === 'fulfilled') running.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const [hub, ...locals] = [...running];
    for (const s of running) log(`  ${s.instance.padEnd(32)} ${s.url}`);

    // 2. tokens, each from `tessera token create` (which prints only the token); meanwhile
    //    `tessera generate` adds a realistic background of records at each region
    const token = async (dbUrl: string, role: string, instance?: string) =>
      (
        await tessera([
          'token',
          'create',
          '--db',
          dbUrl,
          '--role',
          role,
          '--name',
          `england-in-a-box ${role}`,
          ...(instance ? ['--instance', instance] : []),
        ])
      ).trim();
    const [viewer, syncTokens, editorTokens, generatedOutputs] = await Promise.all([
      token(hub!.db, 'viewer'),
      Promise.all(REGIONS.map((r) => token(hub!.db, 'sync', r.instance))),
      Promise.all(locals.map((l) => token(l.db, 'editor'))),
      Promise.all(
        generate > 0
          ? locals.map((l, i) =>
              tessera([
                'generate',
                '--db',
                l.db,
                '--records',
                String(generate),
                '--seed',
                String(i + 1),
              ]),
            )
          : [],
      ),
    ]);
    log('created a viewer and three sync tokens on the hub, and an editor token at each region');
    if (generate > 0) log(`tessera generate added ${generate} records at each region`);

    // 3. each region writes through its own API, as its staff would
    const regions: RegionSummary[] = [];
    for (const [i, r] of REGIONS.entries()) {
      const local = api(locals[i]!.url, editorTokens[i]);
      const written =
        r.kind === 'ahsn'
          ? await writeAhsnData(local, r.instance)
          : await writeLdpData(local, r.instance);
      log(
        `  ${r.instance}: wrote ${Object.entries(written)
          .map(([e, n]) => `${n} ${e}`)
          .join(', ')}`,
      );
      regions.push({
        instance: r.instance,
        kind: r.kind,
        url: locals[i]!.url,
        written,
        generated: generatedCounts(generatedOutputs[i] ?? ''),
        records: 0,
        sync: { pushed: 0, agree: false },
      });
    }
    for (const r of regions) r.records = sum(r.written) + sum(r.generated);

    // 4. every region syncs with the hub (`tessera sync` exits 0 only when both agree)
    const syncs = await Promise.all(
      locals.map((l, i) =>
        tessera(['sync', '--db', l.db, '--hub', hub!.url, '--token', syncTokens[i]!]),
      ),
    );
    syncs.forEach((o, i) => {
      regions[i]!.sync = {
        pushed: Number(/pushed (\d+) changes/.exec(o)?.[1] ?? 0),
        agree: o.includes('in sync: the hub and this instance agree'),
      };
      log(
        `  ${regions[i]!.instance}: ${o
          .trim()
          .split('\n')
          .filter((l) => !l.startsWith('push:') && !l.startsWith('pull:'))
          .join(' / ')}`,
      );
    });

    // 5. the national picture, from the hub
    const national = api(hub!.url, viewer);
    const status = await national.get<{ origins: EnglandInABoxSummary['national']['origins'] }>(
      '/sync/status',
    );
    const origins = status.origins.map(({ origin, records, lastSeq, quarantined, digest }) => ({
      origin,
      records,
      lastSeq,
      quarantined,
      digest,
    }));
    const networks = await national.all<{ id: string; key: string }>('networks');
    const keyOf = new Map(networks.map((n) => [n.id, n.key]));
    const assuranceReturns: EnglandInABoxSummary['national']['assuranceReturns'] = {};
    for (const ret of await national.all<{ networkId: string; status: string }>(
      'assurance-returns',
    )) {
      const key = keyOf.get(ret.networkId) ?? ret.networkId;
      const entry = (assuranceReturns[key] ??= { total: 0, byStatus: {} });
      entry.total++;
      entry.byStatus[ret.status] = (entry.byStatus[ret.status] ?? 0) + 1;
    }
    const hubParticipants = await national.all<Record<string, unknown>>('participants');
    const enrolments = (await national.all('enrolments')).length;
    const personal = [
      'name',
      'email',
      'sex',
      'ageBand',
      'ethnicity',
      'disability',
      'sexualOrientation',
      'religion',
    ];
    const participantsWithPersonalFields = hubParticipants.filter((p) =>
      personal.some((f) => p[f] !== undefined && p[f] !== null),
    ).length;
    log('national totals at the hub (records per origin):');
    for (const o of origins)
      log(
        `  ${o.origin.padEnd(32)} ${String(o.records).padStart(6)} records (last sequence ${o.lastSeq}, ${o.quarantined} quarantined)`,
      );
    log('assurance returns at the hub, per network:');
    for (const [key, r] of Object.entries(assuranceReturns))
      log(
        `  ${key.padEnd(32)} ${String(r.total).padStart(6)}  ${Object.entries(r.byStatus)
          .map(([s, n]) => `${n} ${s}`)
          .join(', ')}`,
      );
    log(
      `participants at the hub: ${hubParticipants.length} (${participantsWithPersonalFields} with a name, email or protected characteristic); enrolments: ${enrolments}`,
    );

    // the LDP's participants as the LDP sees them (names and emails), to look for at the hub
    const ldpIndex = REGIONS.findIndex((r) => r.kind === 'ldp');
    const ldpParticipants = await api(locals[ldpIndex]!.url, editorTokens[ldpIndex]).all<{
      name: string;
      email: string;
    }>('participants');
    const needles = [...new Set(ldpParticipants.flatMap((p) => [p.name, p.email]))];

    // 6. stop everything, then read the hub's files themselves
    await Promise.all(running.splice(0).map((s) => s.stop()));
    const hubStore = await Store.open({ url: hub!.db });
    let hubRowsWithNames: number;
    try {
      const r = await hubStore.client.execute(
        'select count(*) from participants where name is not null or email is not null',
      );
      hubRowsWithNames = Number(r.rows[0]![0]);
    } finally {
      hubStore.close();
    }
    const hubFiles = readdirSync(dir)
      .filter((f) => f.startsWith('hub.db'))
      .map((f) => readFileSync(join(dir, f)));
    const found = needles.filter((n) =>
      hubFiles.some((buf) => buf.includes(Buffer.from(n, 'utf8'))),
    ).length;
    log(
      `privacy: searched the hub's database files for ${needles.length} participant names and emails: ${found} found; ${hubRowsWithNames} hub rows hold a name`,
    );

    return {
      hub: { url: hub!.url },
      regions,
      national: {
        origins,
        totalRecords: origins.reduce((n, o) => n + o.records, 0),
        assuranceReturns,
        participants: hubParticipants.length,
        enrolments,
      },
      privacy: {
        participantsWithPersonalFields,
        hubRowsWithNames,
        searched: needles.length,
        found,
      },
    };
  } finally {
    await Promise.all(running.map((s) => s.stop()));
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main({ log: (line) => console.log(line) }).then(
    (summary) => {
      console.log(JSON.stringify(summary, null, 2));
      process.exitCode = 0;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
