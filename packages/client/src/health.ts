import type { Http } from './http.js';

/** Liveness and identity of an instance. */
export interface Health {
  status: 'ok';
  instance: string;
  role: 'local' | 'hub';
  schemaVersion: number;
}

/** Reads `GET /health` (public). */
export function readHealth(http: Http): Promise<Health> {
  return http.request<Health>('GET', '/health');
}
