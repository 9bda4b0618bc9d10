import type { WithId } from '../common/with-id.js';
import type { Geography } from './geography.js';

/** The region geography above (or at) a geography, following parents; null when there is none. */
export function regionOf(
  geographyId: string | undefined,
  geographies: ReadonlyMap<string, WithId<Geography>>,
): WithId<Geography> | null {
  let g = geographyId === undefined ? undefined : geographies.get(geographyId);
  for (let depth = 0; g && depth < 16; depth += 1) {
    if (g.kind === 'region') return g;
    g = g.parentId === undefined ? undefined : geographies.get(g.parentId);
  }
  return null;
}
