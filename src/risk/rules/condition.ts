/**
 * The analyst rule language's syntax tree. The parser produces it with literals as written
 * (`ParsedCondition`); the type checker turns each literal into the value its feature's kind
 * needs (`Condition`), which is what the interpreter and the compiler run.
 */
export const COMPARISON_OPS = ['=', '!=', '<', '<=', '>', '>='] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export const TEXT_OPS = ['contains', 'like', 'matches'] as const;
export type TextOp = (typeof TEXT_OPS)[number];

export const SET_QUANTIFIERS = ['any', 'all', 'none'] as const;
export type SetQuantifier = (typeof SET_QUANTIFIERS)[number];

/** Where a node starts in the condition text (1-based line and column, 0-based offset). */
export interface TextPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export const LITERAL_KINDS = ['number', 'string', 'word', 'boolean'] as const;
export type LiteralKind = (typeof LITERAL_KINDS)[number];

export interface Literal {
  readonly kind: LiteralKind;
  readonly value: number | string | boolean;
  /** The literal as written (keeps "0803" for a category written as a number). */
  readonly raw: string;
  readonly at: TextPosition;
}

export type Primitive = number | string | boolean;

export type ConditionNode<L> =
  | {
      readonly kind: 'and' | 'or';
      readonly items: readonly ConditionNode<L>[];
      readonly at: TextPosition;
    }
  | { readonly kind: 'not'; readonly item: ConditionNode<L>; readonly at: TextPosition }
  | { readonly kind: 'exists' | 'truthy'; readonly feature: string; readonly at: TextPosition }
  | {
      readonly kind: 'compare';
      readonly feature: string;
      readonly op: ComparisonOp;
      readonly value: L;
      readonly at: TextPosition;
    }
  | {
      readonly kind: 'in';
      readonly feature: string;
      readonly negated: boolean;
      readonly values: readonly L[];
      readonly at: TextPosition;
    }
  | {
      readonly kind: 'between';
      readonly feature: string;
      readonly low: L;
      readonly high: L;
      readonly at: TextPosition;
    }
  | {
      readonly kind: 'text';
      readonly feature: string;
      readonly op: TextOp;
      readonly pattern: L;
      readonly at: TextPosition;
    }
  | {
      readonly kind: 'has';
      readonly feature: string;
      readonly quantifier: SetQuantifier;
      readonly values: readonly L[];
      readonly at: TextPosition;
    }
  | {
      readonly kind: 'route';
      readonly feature: string;
      readonly pattern: L;
      readonly at: TextPosition;
    };

export type ParsedCondition = ConditionNode<Literal>;
export type Condition = ConditionNode<Primitive>;
export type ConditionKind = Condition['kind'];
