/**
 * Grows one regression tree on gradient pairs: histogram split search, smaller child built and
 * larger child by subtraction, leaves expanded depth-wise or best-first (loss-guided).
 */
import type { BinnedMatrix } from './binned-matrix.ts';
import type { GbdtParams } from './gbdt-params.ts';
import {
  buildHistogram,
  subtractHistogram,
  type GradientPairs,
  type HistogramPool,
} from './histogram.ts';
import type { NodeSums, SplitCandidate } from './split-candidate.ts';
import { findBestSplit } from './split-finder.ts';
import { binGoesLeft, splitNode } from './split-node.ts';
import type { Tree, TreeNode } from './tree-node.ts';

export interface GrowContext {
  readonly binned: BinnedMatrix;
  readonly gp: GradientPairs;
  /** Features this tree may split on (column subsample). */
  readonly features: readonly number[];
  readonly params: GbdtParams;
  readonly pool: HistogramPool;
  /** 2 × training rows, for gathering gradient pairs. */
  readonly scratch: Float64Array;
}

interface OpenLeaf {
  readonly node: number;
  readonly start: number;
  readonly end: number;
  readonly depth: number;
  readonly hist: Float64Array;
  readonly sums: NodeSums;
  readonly best: SplitCandidate | undefined;
}

/**
 * A tree fitted to the rows listed (a subsample of the training rows); leafOfRow[r] receives the
 * leaf node index of every listed row r.
 */
export function growTree(ctx: GrowContext, rows: Uint32Array, leafOfRow: Int32Array): Tree {
  const order = Uint32Array.from(rows);
  const scratch = new Uint32Array(order.length);
  const nodes: TreeNode[] = [{ kind: 'leaf', value: 0, cover: 0 }];
  const hist = ctx.pool.take();
  buildHistogram(hist, ctx.binned, ctx.gp, order, [0, order.length], ctx.features, ctx.scratch);
  const open = [openLeaf(ctx, 0, [0, order.length], 0, hist, order)];
  let leaves = 1;
  const { maxLeaves } = ctx.params;
  for (;;) {
    const pick = chooseLeaf(open, ctx.params);
    if (pick < 0 || (maxLeaves > 0 && leaves >= maxLeaves)) break;
    const [leaf] = open.splice(pick, 1);
    open.push(...splitLeaf(ctx, leaf!, nodes, order, scratch));
    leaves++;
  }
  const { lambda, learningRate } = ctx.params;
  for (const leaf of open) {
    const { g, h } = leaf.sums;
    nodes[leaf.node] = { kind: 'leaf', value: (-g / (h + lambda)) * learningRate, cover: h };
    for (let i = leaf.start; i < leaf.end; i++) leafOfRow[order[i]!] = leaf.node;
    ctx.pool.release(leaf.hist);
  }
  return { nodes };
}

function openLeaf(
  ctx: GrowContext,
  node: number,
  [start, end]: readonly [number, number],
  depth: number,
  hist: Float64Array,
  order: Uint32Array,
): OpenLeaf {
  const sums = rangeSums(ctx.gp, order, start, end);
  const splittable = depth < ctx.params.maxDepth && end - start >= 2;
  const best = splittable
    ? findBestSplit(hist, ctx.binned, ctx.features, sums, ctx.params)
    : undefined;
  return { node, start, end, depth, hist, sums, best };
}

function rangeSums(gp: GradientPairs, order: Uint32Array, start: number, end: number): NodeSums {
  let g = 0;
  let h = 0;
  for (let i = start; i < end; i++) {
    const r = order[i]!;
    g += gp.grad[r]!;
    h += gp.hess[r]!;
  }
  return { g, h, c: end - start };
}

/** Depth-wise: shallowest splittable leaf first; loss-guided: largest gain first. */
function chooseLeaf(open: readonly OpenLeaf[], params: GbdtParams): number {
  let pick = -1;
  for (let i = 0; i < open.length; i++) {
    const cand = open[i]!;
    if (cand.best === undefined) continue;
    const cur = open[pick];
    if (cur === undefined) pick = i;
    else if (params.growPolicy === 'depthwise' && cand.depth !== cur.depth) {
      if (cand.depth < cur.depth) pick = i;
    } else if (cand.best.gain > cur.best!.gain) pick = i;
  }
  return pick;
}

function splitLeaf(
  ctx: GrowContext,
  leaf: OpenLeaf,
  nodes: TreeNode[],
  order: Uint32Array,
  scratch: Uint32Array,
): OpenLeaf[] {
  const best = leaf.best!;
  const mid = partition(order, scratch, leaf, ctx.binned.columns[best.feature]!, best);
  const left = nodes.length;
  nodes.push(nodes[0]!, nodes[0]!);
  const spec = ctx.binned.specs[best.feature]!;
  nodes[leaf.node] = splitNode(best, spec, { left, right: left + 1, cover: leaf.sums.h });
  const leftSmaller = mid - leaf.start <= leaf.end - mid;
  const small = ctx.pool.take();
  const smallRange = leftSmaller ? ([leaf.start, mid] as const) : ([mid, leaf.end] as const);
  buildHistogram(small, ctx.binned, ctx.gp, order, smallRange, ctx.features, ctx.scratch);
  subtractHistogram(leaf.hist, small, ctx.binned, ctx.features);
  const leftHist = leftSmaller ? small : leaf.hist;
  const rightHist = leftSmaller ? leaf.hist : small;
  const depth = leaf.depth + 1;
  return [
    openLeaf(ctx, left, [leaf.start, mid], depth, leftHist, order),
    openLeaf(ctx, left + 1, [mid, leaf.end], depth, rightHist, order),
  ];
}

/** Stable in-place partition of order[start..end): left-going rows first; returns the boundary. */
function partition(
  order: Uint32Array,
  scratch: Uint32Array,
  leaf: OpenLeaf,
  column: Uint8Array,
  split: SplitCandidate,
): number {
  let l = leaf.start;
  let r = 0;
  for (let i = leaf.start; i < leaf.end; i++) {
    const row = order[i]!;
    if (binGoesLeft(split, column[row]!)) order[l++] = row;
    else scratch[r++] = row;
  }
  order.set(scratch.subarray(0, r), l);
  return l;
}
