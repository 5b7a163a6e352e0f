/**
 * Exact TreeSHAP (Lundberg et al. 2018, algorithm 2) for one tree: adds each feature's Shapley
 * contribution for one row to phi, with node covers as the background distribution.
 */
import { goesLeft, type CompiledTree } from './compiled-tree.ts';

interface PathElement {
  feature: number;
  zero: number;
  one: number;
  weight: number;
}

export interface ShapTree {
  readonly compiled: CompiledTree;
  readonly cover: Float64Array;
}

export function treeShap(tree: ShapTree, row: ArrayLike<number>, phi: Float64Array): void {
  recurse(tree, row, phi, 0, [], 1, 1, -1);
}

function recurse(
  tree: ShapTree,
  row: ArrayLike<number>,
  phi: Float64Array,
  node: number,
  parentPath: readonly PathElement[],
  zero: number,
  one: number,
  feature: number,
): void {
  const path = parentPath.map((e) => ({ ...e }));
  extendPath(path, zero, one, feature);
  const t = tree.compiled;
  const split = t.feature[node]!;
  if (split < 0) {
    for (let i = 1; i < path.length; i++) {
      const e = path[i]!;
      phi[e.feature] = phi[e.feature]! + unwoundSum(path, i) * (e.one - e.zero) * t.value[node]!;
    }
    return;
  }
  const left = goesLeft(t, node, row[split]!);
  const hot = left ? t.left[node]! : t.right[node]!;
  const cold = left ? t.right[node]! : t.left[node]!;
  const cover = tree.cover[node]!;
  let inZero = 1;
  let inOne = 1;
  const k = path.findIndex((e) => e.feature === split);
  if (k >= 0) {
    inZero = path[k]!.zero;
    inOne = path[k]!.one;
    unwindPath(path, k);
  }
  recurse(tree, row, phi, hot, path, (tree.cover[hot]! / cover) * inZero, inOne, split);
  recurse(tree, row, phi, cold, path, (tree.cover[cold]! / cover) * inZero, 0, split);
}

function extendPath(path: PathElement[], zero: number, one: number, feature: number): void {
  const d = path.length;
  path.push({ feature, zero, one, weight: d === 0 ? 1 : 0 });
  for (let i = d - 1; i >= 0; i--) {
    path[i + 1]!.weight += (one * path[i]!.weight * (i + 1)) / (d + 1);
    path[i]!.weight = (zero * path[i]!.weight * (d - i)) / (d + 1);
  }
}

function unwindPath(path: PathElement[], index: number): void {
  const d = path.length - 1;
  const { one, zero } = path[index]!;
  let next = path[d]!.weight;
  for (let i = d - 1; i >= 0; i--) {
    const e = path[i]!;
    if (one !== 0) {
      const tmp = e.weight;
      e.weight = (next * (d + 1)) / ((i + 1) * one);
      next = tmp - (e.weight * zero * (d - i)) / (d + 1);
    } else {
      e.weight = (e.weight * (d + 1)) / (zero * (d - i));
    }
  }
  for (let i = index; i < d; i++) {
    const e = path[i]!;
    const n = path[i + 1]!;
    e.feature = n.feature;
    e.zero = n.zero;
    e.one = n.one;
  }
  path.pop();
}

function unwoundSum(path: readonly PathElement[], index: number): number {
  const d = path.length - 1;
  const { one, zero } = path[index]!;
  let next = path[d]!.weight;
  let total = 0;
  for (let i = d - 1; i >= 0; i--) {
    if (one !== 0) {
      const tmp = (next * (d + 1)) / ((i + 1) * one);
      total += tmp;
      next = path[i]!.weight - tmp * zero * ((d - i) / (d + 1));
    } else {
      total += path[i]!.weight / zero / ((d - i) / (d + 1));
    }
  }
  return total;
}
