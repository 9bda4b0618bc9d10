import { addDays } from '@tessera/core';
import type { MappedTrust } from './ods-import.js';
import { SUCCESSIONS } from './reference-data.js';

/** The day before an ISO date (a membership's last day when its organisation closes on `iso`). */
export function dayBefore(iso: string): string {
  return addDays(iso, -1);
}

/**
 * Mergers after the 2015 file (`SUCCESSIONS`): the successor opens on its day, and each predecessor
 * closes that day and names it. `closedOn` is the first day an organisation is no longer open, as
 * the `asOf` views read it (open when `closedOn > asOf`).
 */
export function applySuccessions(trusts: readonly MappedTrust[]): MappedTrust[] {
  const opened = new Map<string, string>();
  const successor = new Map<string, { odsCode: string; on: string }>();
  for (const s of SUCCESSIONS) {
    opened.set(s.odsCode, s.openedOn);
    for (const p of s.predecessors) successor.set(p, { odsCode: s.odsCode, on: s.openedOn });
  }
  return trusts.map((t) => {
    const next = successor.get(t.odsCode);
    const openedOn = opened.get(t.odsCode);
    if (next) return { ...t, closedOn: next.on, successorOdsCode: next.odsCode };
    if (openedOn) return { ...t, openedOn };
    return t;
  });
}
