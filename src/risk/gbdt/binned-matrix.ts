/** Column-major matrix of bin indices (one Uint8Array per feature) with histogram offsets. */
import { binCount, binOf, type BinSpec } from './bin-spec.ts';
import type { FeatureMatrix } from './feature-matrix.ts';

export interface BinnedMatrix {
  readonly columns: readonly Uint8Array[];
  readonly specs: readonly BinSpec[];
  /** offsets[f] = index of feature f's bin 0 in a flat histogram; offsets[F] = total bins. */
  readonly offsets: Uint32Array;
  readonly rows: number;
}

export function binMatrix(m: FeatureMatrix, specs: readonly BinSpec[]): BinnedMatrix {
  const columns = m.columns.map((column, f) => {
    const spec = specs[f]!;
    const out = new Uint8Array(m.rows);
    for (let i = 0; i < m.rows; i++) out[i] = binOf(spec, column[i]!);
    return out;
  });
  const offsets = new Uint32Array(specs.length + 1);
  specs.forEach((s, f) => (offsets[f + 1] = offsets[f]! + binCount(s)));
  return { columns, specs, offsets, rows: m.rows };
}
