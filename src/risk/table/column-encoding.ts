/**
 * How one table column becomes one model feature, fitted on the training table only. Values
 * not seen in training map to unknown (NaN; 0 for counts).
 */
export const DATE_PARTS = ['year', 'month', 'dayOfWeek', 'dayOfMonth'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

export type ColumnEncoding =
  | { readonly kind: 'numeric'; readonly column: string }
  /** Category code = index in categories (training frequency order). */
  | {
      readonly kind: 'categorical';
      readonly column: string;
      readonly categories: readonly string[];
    }
  /** The same codes used as a number (rank in training frequency), split by thresholds. */
  | { readonly kind: 'ordinal'; readonly column: string; readonly categories: readonly string[] }
  | { readonly kind: 'date'; readonly column: string; readonly part: DatePart }
  /** Smoothed training mean of the label per value (out-of-fold on the training rows). */
  | {
      readonly kind: 'target';
      readonly column: string;
      readonly prior: number;
      readonly smoothing: number;
      readonly means: Readonly<Record<string, number>>;
    }
  /** Number of training rows with the value. */
  | {
      readonly kind: 'count';
      readonly column: string;
      readonly counts: Readonly<Record<string, number>>;
    };

export type EncodingKind = ColumnEncoding['kind'];

/** Feature name of an encoding: the column, plus a suffix for derived features. */
export function featureName(e: ColumnEncoding): string {
  switch (e.kind) {
    case 'numeric':
    case 'categorical':
    case 'ordinal':
      return e.column;
    case 'date':
      return `${e.column}.${e.part}`;
    case 'target':
    case 'count':
      return `${e.column}.${e.kind}`;
  }
}
