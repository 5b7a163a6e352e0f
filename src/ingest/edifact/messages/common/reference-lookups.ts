/**
 * Existence checks for `mapMessage` from the bundled reference data, described by the few members
 * used so that mapping stays pure: pass `getReferenceData()` (tables load on first use).
 */
import type { MapLookups } from './mapped-message.ts';

export interface LookupSources {
  readonly locodes: { has(code: string): boolean };
  readonly hs: { hasHs6(hs6: string): boolean };
  readonly countries: { has(alpha2: string): boolean };
}

export function lookupsFrom(ref: LookupSources): MapLookups {
  return {
    locode: (code) => ref.locodes.has(code),
    hs6: (hs6) => ref.hs.hasHs6(hs6),
    country: (alpha2) => ref.countries.has(alpha2),
  };
}
