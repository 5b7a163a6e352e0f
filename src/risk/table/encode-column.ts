/** Applies one fitted column encoding to a column's values. */
import type { ColumnEncoding } from './column-encoding.ts';
import { parseNumber } from './csv-table.ts';
import { datePart } from './date-part.ts';

export function encodeColumn(e: ColumnEncoding, values: readonly string[]): Float64Array {
  switch (e.kind) {
    case 'numeric':
      return Float64Array.from(values, parseNumber);
    case 'categorical':
    case 'ordinal': {
      const codes = new Map(e.categories.map((c, i) => [c, i]));
      return Float64Array.from(values, (v) => codes.get(v) ?? NaN);
    }
    case 'date':
      return Float64Array.from(values, (v) => datePart(v, e.part));
    case 'target':
      return Float64Array.from(values, (v) => (Object.hasOwn(e.means, v) ? e.means[v]! : NaN));
    case 'count':
      return Float64Array.from(values, (v) => (Object.hasOwn(e.counts, v) ? e.counts[v]! : 0));
  }
}
