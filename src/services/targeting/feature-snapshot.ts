/**
 * The feature snapshot stored with each assessment, packed as one array of values in the
 * feature schema's order (a fraction of the size of a keyed object, which matters for bulk
 * jsonb writes), and unpacked to a feature record for retraining, backtests and the API.
 */
import { FEATURES } from '../../risk/features/feature-schema.ts';
import type { FeatureValues } from '../../risk/features/feature-vector.ts';

export const FEATURE_SNAPSHOT_FORMAT = 'features-v1';

export interface FeatureSnapshot {
  readonly format: typeof FEATURE_SNAPSHOT_FORMAT;
  readonly values: readonly unknown[];
}

export function packFeatures(values: Readonly<FeatureValues>): FeatureSnapshot {
  const record = values as Readonly<Record<string, unknown>>;
  return { format: FEATURE_SNAPSHOT_FORMAT, values: FEATURES.map((f) => record[f.name] ?? null) };
}

/** The feature record of a snapshot; undefined for anything else. */
export function unpackFeatures(snapshot: unknown): FeatureValues | undefined {
  const s = snapshot as Partial<FeatureSnapshot> | null;
  if (s?.format !== FEATURE_SNAPSHOT_FORMAT || !Array.isArray(s.values)) return undefined;
  const out: Record<string, unknown> = {};
  FEATURES.forEach((f, i) => {
    const v: unknown = s.values![i];
    out[f.name] = v === null ? undefined : v;
  });
  return out as FeatureValues;
}
