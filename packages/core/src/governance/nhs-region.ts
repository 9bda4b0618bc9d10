import { z } from 'zod';
import type { WithId } from '../common/with-id.js';
import type { Geography } from '../networks/geography.js';
import type { Network } from '../networks/network.js';
import { regionOf } from '../networks/region-of.js';

/**
 * The four NHS England regions of 2015, by key. Each Regional Medical Team assesses the business
 * plans and quarterly assurance returns of the AHSNs and Clinical Networks of its region (annex G
 * 59.b, 62).
 */
export const NhsRegion = z.enum(['north', 'midlands-and-east', 'london', 'south']);
export type NhsRegion = z.infer<typeof NhsRegion>;

/**
 * The region of each AHSN (2015) and LDP, by the key its network carries (`ahsn-<key>`,
 * `coalition-<key>`, `ldp-<key>`): these networks have no geography of their own.
 */
const REGION_OF_KEY: Readonly<Record<string, NhsRegion>> = Object.freeze({
  'ahsn-north-east-north-cumbria': 'north',
  'ahsn-north-west-coast': 'north',
  'ahsn-greater-manchester': 'north',
  'ahsn-yorkshire-humber': 'north',
  'ahsn-east-midlands': 'midlands-and-east',
  'ahsn-west-midlands': 'midlands-and-east',
  'ahsn-eastern': 'midlands-and-east',
  'ahsn-uclpartners': 'london',
  'ahsn-imperial-college-health-partners': 'london',
  'ahsn-health-innovation-network': 'london',
  'ahsn-kent-surrey-sussex': 'south',
  'ahsn-oxford': 'south',
  'ahsn-wessex': 'south',
  'ahsn-west-of-england': 'south',
  'ahsn-south-west': 'south',
  'ldp-north-east': 'north',
  'ldp-north-west': 'north',
  'ldp-yorkshire-humber': 'north',
  'ldp-east-midlands': 'midlands-and-east',
  'ldp-west-midlands': 'midlands-and-east',
  'ldp-east-of-england': 'midlands-and-east',
  'ldp-london': 'london',
  'ldp-kent-surrey-sussex': 'south',
  'ldp-thames-valley-wessex': 'south',
  'ldp-south-west': 'south',
});

/**
 * The NHS England region whose Regional Medical Team assesses a network: through its geography
 * (senates, clinical networks), else by its key (AHSNs, their coalitions, LDPs); null when unknown.
 * @example assessingRegionOf(oxfordAhsn, geographies) // 'south'
 */
export function assessingRegionOf(
  network: Pick<Network, 'key' | 'geographyId'>,
  geographies: ReadonlyMap<string, WithId<Geography>>,
): NhsRegion | null {
  const region = regionOf(network.geographyId, geographies);
  if (region) {
    const key = region.key.replace(/^region-/, '');
    return NhsRegion.safeParse(key).success ? (key as NhsRegion) : null;
  }
  const key = network.key.replace(/^coalition-/, 'ahsn-');
  return Object.hasOwn(REGION_OF_KEY, key) ? REGION_OF_KEY[key]! : null;
}
