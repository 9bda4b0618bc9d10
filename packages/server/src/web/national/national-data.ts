import type { Context } from 'hono';
import type {
  CapabilityFunnel,
  CapabilityRollup,
  NationalStrategyCoverage,
  RepeatedInterventions,
  SavingsProgressEntry,
  StrategyCompliance,
  SuccessionRiskReport,
  SuppressedTable,
} from '@tessera/core';
import { getApi, listAll } from '../api-client.js';
import type { WebEnv } from '../web-env.js';

type Rec = Record<string, unknown> & { id: string };

export interface OriginHealth {
  origin: string;
  epoch: string;
  lastSeq: number;
  lastSuccessAt: string | null;
  lastError: string | null;
  records: number;
  quarantined: number;
}

/** Everything the national picture shows, read through the hub's API as the signed-in user. */
export interface NationalData {
  rollup: CapabilityRollup;
  funnel: CapabilityFunnel;
  compliance: StrategyCompliance;
  coverage: { strategies: NationalStrategyCoverage[] };
  returns: Rec[];
  networks: Rec[];
  savings: SavingsProgressEntry[];
  succession: SuccessionRiskReport;
  diversity: {
    table: SuppressedTable & { groups: string[]; categories: string[] };
    representation: unknown[];
  };
  interventions: RepeatedInterventions;
  organisations: Map<string, string>;
  sync: { origins: OriginHealth[] };
}

/** Loads the national picture's data (the API caches each computed view until the next commit). */
export async function loadNational(c: Context<WebEnv>): Promise<NationalData> {
  const [
    rollup,
    funnel,
    compliance,
    coverage,
    returns,
    networks,
    savings,
    succession,
    diversity,
    interventions,
    sync,
  ] = await Promise.all([
    getApi<CapabilityRollup>(c, '/capability-baseline'),
    getApi<CapabilityFunnel>(
      c,
      '/capability-funnel?staffGroup=front_line_staff&level=practitioner&by=ahsn',
    ),
    getApi<StrategyCompliance>(c, '/strategy-compliance'),
    getApi<{ strategies: NationalStrategyCoverage[] }>(c, '/strategy-coverage'),
    listAll<Rec>(c, 'assurance-returns', {}, 50_000),
    listAll<Rec>(c, 'networks'),
    getApi<{ targets?: SavingsProgressEntry[] } | SavingsProgressEntry[]>(c, '/savings-progress'),
    getApi<SuccessionRiskReport>(c, '/succession-risk'),
    getApi<NationalData['diversity']>(c, '/diversity?characteristic=ethnicity&by=ldp'),
    getApi<RepeatedInterventions>(c, '/repeated-interventions'),
    getApi<{ origins: OriginHealth[] }>(c, '/sync/status'),
  ]);
  const organisations = new Map(rollup.organisations.map((o) => [o.organisationId, o.name]));
  return {
    rollup,
    funnel,
    compliance,
    coverage,
    returns,
    networks,
    savings: Array.isArray(savings) ? savings : (savings.targets ?? []),
    succession,
    diversity,
    interventions,
    organisations,
    sync,
  };
}
