import { describe, expect, it } from 'vitest';
import { unwrap } from '../../core/result.ts';
import { createFeatureDictionary } from '../features/feature-dictionary.ts';
import { encodeFeatureRow, featureIndex } from '../features/feature-row.ts';
import { syntheticModelRows } from '../features/testing/synthetic-model-rows.ts';
import { MODEL_COLUMNS } from '../features/to-model-row.ts';
import { flattenEnsemble } from './flat-ensemble.ts';
import { trainGbdt } from './gbdt-trainer.ts';

const { vectors, categories, rows: modelRows, columns } = syntheticModelRows(11, 1_200);
const labels = vectors.map((v, i) => (v.values.coverLoadFromSource || i % 13 === 0 ? 1 : 0));
const train = (maxDepth: number) =>
  unwrap(
    trainGbdt({
      matrix: { features: MODEL_COLUMNS, columns, rows: modelRows.length },
      labels,
      params: { trees: 40, maxDepth, learningRate: 0.2 },
    }),
  );

/** Cells a caller could hand over: missing, fractions, negatives, past any table, ±0, ±∞. */
const ODD = [NaN, 0.5, -1, -0, 0, 1e9, 3.7, Infinity, -Infinity, 2 ** 31, 255, 256];

describe('the tree walk in WebAssembly', () => {
  const dictionary = createFeatureDictionary();
  const rows = vectors.map((v) => encodeFeatureRow(v.values, dictionary));
  // Every fifth row with some cells replaced by odd values, the same cells for both walks.
  const odd = rows.map((row, i) => {
    if (i % 5 !== 0) return row;
    const copy = Float64Array.from(row);
    for (let j = 0; j < copy.length; j++) if ((i + j) % 3 === 0) copy[j] = ODD[(i + j) % 12]!;
    return copy;
  });

  for (const depth of [3, 4, 6]) {
    it(`gives the JavaScript walk's margins and contributions bit for bit (depth ${depth})`, () => {
      const model = train(depth);
      const js = flattenEnsemble(model, categories, dictionary, featureIndex, { wasm: false });
      const wasm = flattenEnsemble(model, categories, dictionary, featureIndex);
      expect(wasm.walkBatch).not.toBe(js.walkBatch);
      const features = model.features.length;
      // 150 rows: more than one block of the module; contributions start non-zero (added to).
      for (let start = 0; start < odd.length; start += 150) {
        const batch = odd.slice(start, start + 150);
        const [a, b] = [0, 1].map(() =>
          Float64Array.from({ length: batch.length * features }, (_, k) => (k % 7) / 8),
        );
        const [ma, mb] = [0, 1].map(() => new Float64Array(batch.length));
        js.walkBatch(batch, a!, ma!, batch.length);
        wasm.walkBatch(batch, b!, mb!, batch.length);
        expect(Array.from(mb!)).toEqual(Array.from(ma!));
        expect(Array.from(b!)).toEqual(Array.from(a!));
      }
    });
  }

  it('walks a row too short for the cells the trees read as the JavaScript walk does', () => {
    const model = train(4);
    const js = flattenEnsemble(model, categories, dictionary, featureIndex, { wasm: false });
    const wasm = flattenEnsemble(model, categories, dictionary, featureIndex);
    const short = [rows[0]!, rows[1]!.subarray(0, 20)];
    const features = model.features.length;
    const [a, b] = [0, 1].map(() => new Float64Array(2 * features));
    const [ma, mb] = [0, 1].map(() => new Float64Array(2));
    js.walkBatch(short, a!, ma!, 2);
    wasm.walkBatch(short, b!, mb!, 2);
    expect(Array.from(mb!)).toEqual(Array.from(ma!));
    expect(Array.from(b!)).toEqual(Array.from(a!));
  });
});
