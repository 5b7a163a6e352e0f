/**
 * The tree walk compiled: the flattened ensemble (flat-ensemble.ts) becomes straight JavaScript,
 * one nested `if` per split reading its row cell, so a row costs a few compares per tree and no
 * node-array reads. Each leaf adds its tree's value to the margin and, per feature split on along
 * its path, the summed change in expected value (path contributions) to the contribution buffer.
 * The last one or two levels above the leaves are taken without a branch (the side as 0 or 1
 * indexes constants): those are the branches a processor guesses worst, and where most splits
 * are. The source holds only row and buffer indexes, integer index arithmetic and calls by
 * index; every number (thresholds, changes, leaf values) is read from a constants array. Trees are added in model order, so the
 * margin is the same sum as the plain walk's.
 *
 * The walk takes a batch of rows, tree-major: each generated function (a few trees) runs over
 * every row of the batch before the next one starts, so its code and constants stay hot in the
 * processor's caches instead of the whole model's code streaming through them once per row.
 */

/** The flattened nodes, as flat-ensemble.ts lays them out (node index = position). */
export interface EnsembleNodes {
  readonly base: number;
  readonly roots: Int32Array;
  /** Row cell of each split; -1 at leaves. */
  readonly rowFeature: Int32Array;
  readonly modelFeature: Int32Array;
  readonly threshold: Float64Array;
  readonly defaultLeft: Uint8Array;
  /** Start of a categorical split's table; -1 for numeric splits. */
  readonly tableStart: Int32Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Expected value of each node's subtree (a leaf's own value at leaves). */
  readonly value: Float64Array;
}

/**
 * For each of the first `count` rows: its margin into `margins`, and each model feature's path
 * contribution added to `contributions`, one buffer for the whole batch: row b's contribution to
 * model feature k is cell b × (number of model features) + k.
 */
export type EnsembleWalk = (
  rows: readonly Float64Array[],
  contributions: Float64Array,
  margins: Float64Array,
  count: number,
) => void;

/** 0 to go left, 1 to go right, for a categorical split (node index, row value). */
export type CategoricalSide = (node: number, x: number) => number;

/** A few trees over a batch: adds their values to `margins`, their contributions to the buffers. */
type Chunk = EnsembleWalk;

/** Source per generated function, about three trees of depth 4: one function for a whole
 *  100-tree model ran five times slower, one per tree a third slower (calls). */
const CHUNK_CHARS = 4_000;

class Emitter {
  readonly constants: number[] = [];
  constructor(readonly nodes: EnsembleNodes) {}
  constant(x: number): string {
    this.constants.push(x);
    return `k[${this.constants.length - 1}]`;
  }
}

/** The test that sends a row left at split `i` (missing values go the learned way). */
function goesLeft(i: number, e: Emitter): string {
  const n = e.nodes;
  const x = `r[${n.rowFeature[i]!}]`;
  if (n.tableStart[i]! >= 0) return `s(${i}, ${x}) === 0`;
  // NaN fails every comparison: `<=` sends it right, `!(>)` sends it left.
  const t = e.constant(n.threshold[i]!);
  return n.defaultLeft[i] === 1 ? `!(${x} > ${t})` : `${x} <= ${t}`;
}

/** 0 to go left at split `i`, 1 to go right, as a number: no branch to mispredict. */
function sideOf(i: number, e: Emitter): string {
  const n = e.nodes;
  const x = `r[${n.rowFeature[i]!}]`;
  if (n.tableStart[i]! >= 0) return `s(${i}, ${x})`;
  const t = e.constant(n.threshold[i]!);
  return n.defaultLeft[i] === 1 ? `+(${x} > ${t})` : `+!(${x} <= ${t})`;
}

export const isLeaf = (i: number, n: EnsembleNodes) => n.rowFeature[i]! < 0;

/** `path` plus the change in expected value from split `i` towards `child`. */
export function extend(
  path: ReadonlyMap<number, number>,
  i: number,
  child: number,
  n: EnsembleNodes,
) {
  const k = n.modelFeature[i]!;
  const next = new Map(path);
  next.set(k, (next.get(k) ?? 0) + (n.value[child]! - n.value[i]!));
  return next;
}

/** Code for the subtree at `i`; `path` holds the contribution of each feature split on so far. */
function emitNode(i: number, path: ReadonlyMap<number, number>, e: Emitter): string {
  const n = e.nodes;
  if (isLeaf(i, n)) {
    let code = '';
    for (const [k, d] of path) if (d !== 0) code += `c[o + ${k}] += ${e.constant(d)}; `;
    return `${code}m += ${e.constant(n.value[i]!)};`;
  }
  const left = n.left[i]!;
  const right = n.right[i]!;
  if (isLeaf(left, n) && isLeaf(right, n)) return emitLastSplit(i, path, e);
  if (isLastNumericSplit(left, n) && isLastNumericSplit(right, n)) return emitLastTwo(i, path, e);
  const toLeft = emitNode(left, extend(path, i, left, n), e);
  const toRight = emitNode(right, extend(path, i, right, n), e);
  return `if (${goesLeft(i, e)}) { ${toLeft} } else { ${toRight} }`;
}

/**
 * A split between two leaves, without a branch (the branches of the last level are the ones a
 * processor guesses worst): the side as 0 or 1 indexes a pair of constants for the split
 * feature's contribution and for the leaf value; the rest of the path is common to both.
 */
function emitLastSplit(i: number, path: ReadonlyMap<number, number>, e: Emitter): string {
  const n = e.nodes;
  const k = n.modelFeature[i]!;
  const toLeft = extend(path, i, n.left[i]!, n);
  const toRight = extend(path, i, n.right[i]!, n);
  let code = `const g${i} = ${sideOf(i, e)}; `;
  for (const [f, d] of path) if (f !== k && d !== 0) code += `c[o + ${f}] += ${e.constant(d)}; `;
  const pair = (a: number, b: number) => {
    const at = e.constant(a);
    e.constant(b);
    return at.replace(']', ` + g${i}]`);
  };
  code += `c[o + ${k}] += ${pair(toLeft.get(k)!, toRight.get(k)!)}; `;
  return `${code}m += ${pair(n.value[n.left[i]!]!, n.value[n.right[i]!]!)};`;
}

export const isLastNumericSplit = (i: number, n: EnsembleNodes) =>
  !isLeaf(i, n) && n.tableStart[i]! < 0 && isLeaf(n.left[i]!, n) && isLeaf(n.right[i]!, n);

/**
 * A split whose children are numeric splits between leaves: two levels without a branch. The
 * first side `g` picks the second split's row cell (index arithmetic on integers), threshold
 * and missing-value direction from pairs of constants; the four leaves and each touched
 * feature's contribution come from quadruples indexed by 2g + h.
 */
function emitLastTwo(i: number, path: ReadonlyMap<number, number>, e: Emitter): string {
  const n = e.nodes;
  const [a, b] = [n.left[i]!, n.right[i]!];
  const leaves = [n.left[a]!, n.right[a]!, n.left[b]!, n.right[b]!];
  const paths = [a, a, b, b].map((s, q) => extend(extend(path, i, s, n), s, leaves[q]!, n));
  const tuple = (xs: readonly number[]) => {
    const at = e.constant(xs[0]!);
    for (const x of xs.slice(1)) e.constant(x);
    return at.slice(2, -1);
  };
  const [fa, fb] = [n.rowFeature[a]!, n.rowFeature[b]!];
  const t = tuple([n.threshold[a]!, n.threshold[b]!]);
  const right = tuple([a, b].map((s) => (n.defaultLeft[s] === 1 ? 0 : 1)));
  let code = `const g${i} = ${sideOf(i, e)}; const x${i} = r[${fa} + g${i} * ${fb - fa}]; `;
  code += `const q${i} = 2 * g${i} + (+(x${i} > k[${t} + g${i}]) | (+(x${i} !== x${i}) & k[${right} + g${i}])); `;
  const touched = new Set([a, b, i].map((s) => n.modelFeature[s]!));
  for (const [f, d] of path)
    if (!touched.has(f) && d !== 0) code += `c[o + ${f}] += ${e.constant(d)}; `;
  for (const f of touched)
    code += `c[o + ${f}] += k[${tuple(paths.map((p) => p.get(f) ?? 0))} + q${i}]; `;
  return `${code}m += k[${tuple(leaves.map((l) => n.value[l]!))} + q${i}];`;
}

function compileChunk(body: string, e: Emitter, side: CategoricalSide, features: number): Chunk {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function(
    'k',
    's',
    `return function walkTrees(rows, c, ms, count) {
      for (let b = 0, o = 0; b < count; b++, o += ${features}) { const r = rows[b]; let m = ms[b]; ${body} ms[b] = m; }
    };`,
  );
  return (make as (k: Float64Array, s: CategoricalSide) => Chunk)(
    Float64Array.from(e.constants),
    side,
  );
}

export function generateEnsembleWalk(
  nodes: EnsembleNodes,
  side: CategoricalSide,
  features: number,
): EnsembleWalk {
  const chunks: Chunk[] = [];
  let e = new Emitter(nodes);
  let body = '';
  for (const root of nodes.roots) {
    body += emitNode(root, new Map(), e) + '\n';
    if (body.length >= CHUNK_CHARS) {
      chunks.push(compileChunk(body, e, side, features));
      [e, body] = [new Emitter(nodes), ''];
    }
  }
  if (body !== '') chunks.push(compileChunk(body, e, side, features));
  // One call site per chunk (not a loop over them), so each stays monomorphic.
  const calls = chunks.map((_, i) => `w[${i}](rows, cs, ms, count);`).join(' ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const make = new Function(
    'w',
    'b',
    `return function walk(rows, cs, ms, count) { ms.fill(b, 0, count); ${calls} };`,
  );
  return (make as (w: Chunk[], b: number) => EnsembleWalk)(chunks, nodes.base);
}
