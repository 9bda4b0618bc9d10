import type { Store } from '@tessera/store';

export interface OrganisationHit {
  id: string;
  odsCode: string;
  name: string;
  type: string;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The organisations the navigator can find (those with an ODS code), kept in memory and rebuilt
 * after a commit: search by ODS code (exact) or by every word of the name.
 */
export class OrganisationIndex {
  #entries: { hit: OrganisationHit; folded: string }[] | undefined;
  #loading: Promise<void> | undefined;
  #checkedAt = 0;
  #dataVersion = -1;

  constructor(private readonly store: Store) {
    store.onCommitted(() => {
      this.#entries = undefined;
    });
  }

  async #load(): Promise<{ hit: OrganisationHit; folded: string }[]> {
    const now = Date.now();
    if (this.#entries && now - this.#checkedAt > 2000) {
      this.#checkedAt = now;
      const v = await this.store.dataVersion();
      if (v !== this.#dataVersion) this.#entries = undefined;
      this.#dataVersion = v;
    }
    if (this.#entries) return this.#entries;
    this.#loading ??= (async () => {
      const all = await this.store.repo('organisation').all();
      this.#entries = all
        .filter((o) => typeof o['odsCode'] === 'string')
        .map((o) => {
          const hit = {
            id: o.id,
            odsCode: o['odsCode'] as string,
            name: String(o['name']),
            type: String(o['type']),
          };
          return { hit, folded: fold(hit.name) };
        })
        .sort((a, b) => a.hit.name.localeCompare(b.hit.name));
    })().finally(() => {
      this.#loading = undefined;
    });
    await this.#loading;
    return this.#entries ?? [];
  }

  /** Organisations matching a query: the ODS code first, then names with every word, at most `max`. */
  async search(query: string, max = 50): Promise<OrganisationHit[]> {
    const q = query.trim();
    if (!q) return [];
    const entries = await this.#load();
    const code = q.toUpperCase();
    const exact = entries.filter((e) => e.hit.odsCode === code).map((e) => e.hit);
    const words = fold(q).split(' ').filter(Boolean);
    if (words.length === 0) return exact;
    const byName = entries
      .filter((e) => e.hit.odsCode !== code && words.every((w) => e.folded.includes(w)))
      .map((e) => e.hit);
    return [...exact, ...byName].slice(0, max);
  }
}
