/** Converts a bin-space split into the model's value-space split node. */
import type { BinSpec } from './bin-spec.ts';
import type { SplitCandidate } from './split-candidate.ts';
import type { TreeNode } from './tree-node.ts';

export function splitNode(
  s: SplitCandidate,
  spec: BinSpec,
  children: { left: number; right: number; cover: number },
): TreeNode {
  const base = { feature: s.feature, defaultLeft: s.defaultLeft, gain: s.gain, ...children };
  if (spec.kind === 'numeric') {
    return { kind: 'numeric', ...base, threshold: spec.edges[s.thresholdBin - 1]! };
  }
  const categories: number[] = [];
  for (let b = 1; b <= spec.cap; b++) if (s.leftBins?.[b] === 1) categories.push(b - 1);
  const othersLeft = s.leftBins?.[spec.cap + 1] === 1;
  return { kind: 'categorical', ...base, categories, cap: spec.cap, othersLeft };
}

/** Whether bin b goes left under the split. */
export function binGoesLeft(s: SplitCandidate, b: number): boolean {
  if (b === 0) return s.defaultLeft;
  return s.leftBins === undefined ? b <= s.thresholdBin : s.leftBins[b] === 1;
}
