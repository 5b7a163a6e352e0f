/** The best split found for a node, in bin space, with the sums of its left side. */
export interface SplitCandidate {
  readonly feature: number;
  readonly gain: number;
  readonly defaultLeft: boolean;
  /** Numeric: rows with bin 1..thresholdBin go left. */
  readonly thresholdBin: number;
  /** Categorical: leftBins[b] = 1 when bin b goes left (undefined for numeric). */
  readonly leftBins: Uint8Array | undefined;
}

export interface NodeSums {
  readonly g: number;
  readonly h: number;
  readonly c: number;
}

/** Structure score of a node: G² / (H + λ). */
export function score(g: number, h: number, lambda: number): number {
  return (g * g) / (h + lambda);
}

export function better(a: SplitCandidate | undefined, b: SplitCandidate | undefined) {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.gain > a.gain ? b : a;
}
