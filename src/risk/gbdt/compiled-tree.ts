/** Trees flattened into typed arrays for fast traversal over a feature lookup. */
import type { Tree } from './tree-node.ts';

export interface CompiledTree {
  /** -1 for leaves. */
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly defaultLeft: Uint8Array;
  /** Leaf value (0 for splits). */
  readonly value: Float64Array;
  readonly categories: readonly (ReadonlySet<number> | undefined)[];
  readonly cap: Float64Array;
  readonly othersLeft: Uint8Array;
}

export function compileTree(tree: Tree): CompiledTree {
  const n = tree.nodes.length;
  const t = {
    feature: new Int32Array(n).fill(-1),
    threshold: new Float64Array(n),
    left: new Int32Array(n),
    right: new Int32Array(n),
    defaultLeft: new Uint8Array(n),
    value: new Float64Array(n),
    categories: new Array<ReadonlySet<number> | undefined>(n),
    cap: new Float64Array(n),
    othersLeft: new Uint8Array(n),
  };
  tree.nodes.forEach((node, i) => {
    if (node.kind === 'leaf') {
      t.value[i] = node.value;
      return;
    }
    t.feature[i] = node.feature;
    t.left[i] = node.left;
    t.right[i] = node.right;
    t.defaultLeft[i] = node.defaultLeft ? 1 : 0;
    if (node.kind === 'numeric') t.threshold[i] = node.threshold;
    else {
      t.categories[i] = new Set(node.categories);
      t.cap[i] = node.cap;
      t.othersLeft[i] = node.othersLeft ? 1 : 0;
    }
  });
  return t;
}

/** Whether a row with value x at split node i goes left. */
export function goesLeft(t: CompiledTree, i: number, x: number): boolean {
  if (Number.isNaN(x)) return t.defaultLeft[i] === 1;
  const cats = t.categories[i];
  if (cats === undefined) return x <= t.threshold[i]!;
  if (x >= t.cap[i]!) return t.othersLeft[i] === 1;
  return cats.has(x);
}

/** Index of the leaf reached by the row whose feature f is value(f). */
export function leafOf(t: CompiledTree, value: (feature: number) => number): number {
  let i = 0;
  while (t.feature[i]! >= 0) {
    i = goesLeft(t, i, value(t.feature[i]!)) ? t.left[i]! : t.right[i]!;
  }
  return i;
}

/** Index of the leaf reached by row `row` of a column-major matrix. */
export function leafOfColumns(t: CompiledTree, columns: readonly Float64Array[], row: number) {
  let i = 0;
  let f = t.feature[0]!;
  while (f >= 0) {
    i = goesLeft(t, i, columns[f]![row]!) ? t.left[i]! : t.right[i]!;
    f = t.feature[i]!;
  }
  return i;
}
