import type {
  BoardSharedMembership,
  Coterminosity,
  CrossAlignment,
  SavingsProgressEntry,
  StrategyCompliance,
  StrategyCoverage,
} from '@tessera/core';
import type { Http } from './http.js';

/** The answer of `GET /savings-progress`: one entry per savings target. */
export interface SavingsProgress {
  targets: SavingsProgressEntry[];
}

/** The computed views of an instance (public, aggregate). */
export interface InsightsClient {
  /** Which national priorities organisation strategies and local delivery plans address (rec 1, 2, 7.iii). */
  strategyCoverage(): Promise<StrategyCoverage>;
  /** Share of organisations with a current strategy, by network and region (rec 2); `asOf` defaults to today. */
  strategyCompliance(params?: { asOf?: string }): Promise<StrategyCompliance>;
  /** Alignment of the improvement and leadership strategies (rec 1). */
  crossAlignment(): Promise<CrossAlignment>;
  /** Coterminosity of clinical network and AHSN boundaries (rec 11). */
  coterminosity(params?: { asOf?: string }): Promise<Coterminosity>;
  /** Shared membership of the two national Governing Boards (rec 3). */
  boardSharedMembership(params?: {
    asOf?: string;
    minimumShared?: number;
  }): Promise<BoardSharedMembership>;
  /** Progress against the savings targets (para 121). */
  savingsProgress(): Promise<SavingsProgress>;
}

/** Makes the client of the computed views. */
export function createInsights(http: Http): InsightsClient {
  const get = <T>(path: string, query: Record<string, string | number | undefined> = {}) =>
    http.request<T>('GET', path, { query });
  return {
    strategyCoverage: () => get('/strategy-coverage'),
    strategyCompliance: (p = {}) => get('/strategy-compliance', { asOf: p.asOf }),
    crossAlignment: () => get('/cross-alignment'),
    coterminosity: (p = {}) => get('/coterminosity', { asOf: p.asOf }),
    boardSharedMembership: (p = {}) =>
      get('/board-shared-membership', { asOf: p.asOf, minimumShared: p.minimumShared }),
    savingsProgress: () => get('/savings-progress'),
  };
}
