/** The existence checks the EDIFACT mappers take, answered from the bundled reference data. */
import type { MapLookups } from '../../ingest/edifact/index.ts';
import { getReferenceData } from '../../reference/index.ts';

export function referenceLookups(): MapLookups {
  const data = getReferenceData();
  return {
    locode: (code) => data.locodes.has(code),
    hs6: (hs6) => data.hs.hasHs6(hs6),
    country: (alpha2) => data.countries.has(alpha2),
  };
}
