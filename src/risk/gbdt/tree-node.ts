/**
 * One regression tree as stored in the model file: a flat array of nodes, root first.
 * Splits send a row left when its value passes the test, missing values go the learned
 * default direction. `cover` is the hessian sum of training rows that reached the node.
 */
export type TreeNode = LeafNode | NumericSplit | CategoricalSplit;

export interface LeafNode {
  readonly kind: 'leaf';
  readonly value: number;
  readonly cover: number;
}

interface SplitBase {
  readonly feature: number;
  readonly defaultLeft: boolean;
  readonly left: number;
  readonly right: number;
  readonly gain: number;
  readonly cover: number;
}

/** Left when x ≤ threshold. */
export interface NumericSplit extends SplitBase {
  readonly kind: 'numeric';
  readonly threshold: number;
}

/** Left when the category code is listed, or when code ≥ cap and othersLeft. */
export interface CategoricalSplit extends SplitBase {
  readonly kind: 'categorical';
  readonly categories: readonly number[];
  readonly cap: number;
  readonly othersLeft: boolean;
}

export interface Tree {
  readonly nodes: readonly TreeNode[];
}
