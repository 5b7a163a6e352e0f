/** DCSA Track & Trace versions Portcullis reads and writes, and how to tell them apart. */

export const TNT_VERSIONS = ['2.2', '3.0'] as const;
export type TntVersion = (typeof TNT_VERSIONS)[number];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * 3.0 events carry an `eventClassification` object (and travel in `{ events: [...] }`);
 * 2.2 events carry `eventType` at the top. Undefined when no element looks like either.
 */
export function detectTntVersion(payload: unknown): TntVersion | undefined {
  const candidates = Array.isArray(payload)
    ? payload
    : isRecord(payload) && Array.isArray(payload['events'])
      ? payload['events']
      : [payload];
  for (const c of candidates) {
    if (!isRecord(c)) continue;
    if (isRecord(c['eventClassification'])) return '3.0';
    if (typeof c['eventType'] === 'string') return '2.2';
  }
  return isRecord(payload) && Array.isArray(payload['events']) ? '3.0' : undefined;
}
