import type { Navigation } from '@tessera/core';
import type { Http } from './http.js';

/** "Where do I go for help?": an organisation (by ODS code) to its AHSN, clinical networks, senate, LDP, coalition and offers. */
export function readNavigation(
  http: Http,
  odsCode: string,
  options: { asOf?: string } = {},
): Promise<Navigation> {
  return http.request<Navigation>('GET', `/navigator/${encodeURIComponent(odsCode)}`, {
    query: { asOf: options.asOf },
  });
}
