/**
 * The whole ensemble flattened into one set of typed arrays and bound to feature rows (see
 * features/feature-row.ts): each split reads its row cell directly, categorical splits look the
 * row's dictionary code up in a table built once. `walk` (compiled to straight code by
 * generate-ensemble-walk.ts) scores a row and accumulates path-based (Saabas) contributions in
 * the same pass: at every split, the change in the expected value of the subtree is credited to
 * the split's feature, so contributions plus the expected value sum to the margin. `walkBatch`
 * does the same for many rows at once, faster per row (tree-major), compiled to WebAssembly
 * where there is one (generate-ensemble-wasm.ts: the same doubles, in less time). Exact TreeSHAP
 * (gbdt-predictor.ts) needs `modelRow` and costs far more; it is for the explanations someone
 * reads.
 */
import type { FeatureDictionary } from '../features/feature-dictionary.ts';
import type { GbdtModel } from './gbdt-model.ts';
import { generateEnsembleWalk, type EnsembleWalk } from './generate-ensemble-walk.ts';
import type { Tree } from './tree-node.ts';
import { createWasmWalk } from './wasm-ensemble-walk.ts';

/** Category lists per categorical model feature (code = index), as the model was trained. */
export type ModelCategories = Readonly<Record<string, readonly string[]>>;

export interface FlatEnsemble {
  /** Margin of the average training row: base score plus each tree's expected value. */
  readonly expectedValue: number;
  /** Row index of each model feature. */
  readonly rowIndexOf: Int32Array;
  /** The model features some split reads, ascending: the only ones a walk gives a contribution. */
  readonly splitFeatures: Int32Array;
  /** Margin of the row; adds each model feature's path contribution to `contributions`. */
  walk(row: Float64Array, contributions: Float64Array): number;
  /** `walk` over the first `count` rows: margins into `margins`, the rows' contributions one
   *  after the other in one buffer. */
  readonly walkBatch: EnsembleWalk;
  /** The row in the model's own encoding (category codes as trained), for exact TreeSHAP. */
  modelRow(row: Float64Array): Float64Array;
}

/** Table cell of a categorical split per dictionary code: left, right, or missing. */
const RIGHT = 0;
const LEFT = 1;
const MISSING = 2;

export function flattenEnsemble(
  model: GbdtModel,
  categories: ModelCategories,
  dictionary: FeatureDictionary,
  rowIndex: (feature: string) => number,
  /** `wasm: false` keeps the JavaScript walk (WebAssembly is used where there is one). */
  options: { readonly wasm?: boolean } = {},
): FlatEnsemble {
  const rowIndexOf = Int32Array.from(model.features, (f) => {
    const at = rowIndex(f.name);
    if (at < 0) throw new Error(`model feature ${f.name} is not in the feature row`);
    return at;
  });
  // Model category code of each dictionary code, per categorical model feature.
  const codeMaps = model.features.map((f) => {
    if (f.kind !== 'categorical') return undefined;
    return new Map((categories[f.name] ?? []).map((v, k) => [dictionary.codeOf(v), k] as const));
  });
  const n = model.trees.reduce((sum, t) => sum + t.nodes.length, 0);
  const rowFeature = new Int32Array(n).fill(-1);
  const modelFeature = new Int32Array(n);
  const threshold = new Float64Array(n);
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  // 1: missing goes left. For categorical splits, also the start and length of the split's
  // table (one cell per dictionary code) in `tables`; start -1 for numeric splits.
  const defaultLeft = new Uint8Array(n);
  const tableStart = new Int32Array(n).fill(-1);
  const tableLength = new Int32Array(n);
  const tableParts: Uint8Array[] = [];
  let tableSize = 0;
  const value = new Float64Array(n);
  const roots = new Int32Array(model.trees.length);
  let offset = 0;
  let expectedValue = model.baseScore;
  model.trees.forEach((tree, t) => {
    roots[t] = offset;
    const expected = subtreeMeans(tree);
    expectedValue += expected[0] ?? 0;
    tree.nodes.forEach((node, i) => {
      const at = offset + i;
      value[at] = expected[i]!;
      if (node.kind === 'leaf') return;
      rowFeature[at] = rowIndexOf[node.feature]!;
      modelFeature[at] = node.feature;
      left[at] = offset + node.left;
      right[at] = offset + node.right;
      defaultLeft[at] = node.defaultLeft ? 1 : 0;
      if (node.kind === 'numeric') {
        threshold[at] = node.threshold;
        return;
      }
      const members = new Set(node.categories);
      const table = new Uint8Array(dictionary.size).fill(MISSING);
      for (const [code, k] of codeMaps[node.feature] ?? []) {
        const goLeft = k >= node.cap ? node.othersLeft : members.has(k);
        table[code] = goLeft ? LEFT : RIGHT;
      }
      tableStart[at] = tableSize;
      tableLength[at] = table.length;
      tableParts.push(table);
      tableSize += table.length;
    });
    offset += tree.nodes.length;
  });
  const tables = new Uint8Array(tableSize);
  tableParts.reduce((at, part) => (tables.set(part, at), at + part.length), 0);
  const base = model.baseScore;
  /** 0 to go left, 1 to go right, at a categorical split. */
  const side = (i: number, x: number): number => {
    if (x !== x) return defaultLeft[i] === 1 ? 0 : 1;
    const start = tableStart[i]!;
    const cell = x < tableLength[i]! ? tables[start + x]! : MISSING;
    return (cell === MISSING ? defaultLeft[i] === 1 : cell === LEFT) ? 0 : 1;
  };
  const nodes = { base, roots, rowFeature, modelFeature, threshold, defaultLeft, tableStart };
  const walkJs = generateEnsembleWalk(
    { ...nodes, left, right, value },
    side,
    model.features.length,
  );
  const walkBatch =
    (options.wasm !== false &&
      createWasmWalk(
        { ...nodes, left, right, value, tables, tableLength },
        model.features.length,
        walkJs,
      )) ||
    walkJs;
  // A batch of one, its arrays reused (the walk is synchronous).
  const one: Float64Array[] = [];
  const margin = new Float64Array(1);
  const split = new Set<number>();
  for (const k of modelFeature.keys()) if (rowFeature[k]! >= 0) split.add(modelFeature[k]!);
  const splitFeatures = Int32Array.from([...split].sort((a, b) => a - b));
  return {
    expectedValue,
    rowIndexOf,
    splitFeatures,
    walkBatch,
    walk(row, contributions) {
      one[0] = row;
      walkBatch(one, contributions, margin, 1);
      return margin[0]!;
    },
    modelRow(row) {
      return Float64Array.from(rowIndexOf, (at, j) => {
        const x = row[at]!;
        const map = codeMaps[j];
        return map === undefined ? x : x !== x ? NaN : (map.get(x) ?? NaN);
      });
    },
  };
}

/** Cover-weighted mean leaf value below each node (a leaf's own value at leaves). */
function subtreeMeans(tree: Tree): Float64Array {
  const out = new Float64Array(tree.nodes.length);
  const visit = (i: number): number => {
    const node = tree.nodes[i]!;
    if (node.kind === 'leaf') return (out[i] = node.value);
    const l = tree.nodes[node.left]!;
    const r = tree.nodes[node.right]!;
    const lv = visit(node.left);
    const rv = visit(node.right);
    const cover = l.cover + r.cover;
    out[i] = cover > 0 ? (lv * l.cover + rv * r.cover) / cover : (lv + rv) / 2;
    return out[i];
  };
  if (tree.nodes.length > 0) visit(0);
  return out;
}
