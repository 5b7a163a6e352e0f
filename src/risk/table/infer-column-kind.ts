/**
 * Whether a training column is numeric, categorical or a date. Integer columns named like codes
 * or identifiers ("Office ID", "HS6 Code", "Import Type"), or with few distinct values, are
 * categorical: their numbers are labels, not quantities.
 */
import { parseNumber } from './csv-table.ts';
import { isIsoDate } from './date-part.ts';

export const COLUMN_KINDS = ['numeric', 'categorical', 'date'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

const CODE_NAME = /\b(id|code|type|use|mode|indicator|class|kind)\b/i;
const FEW_DISTINCT = 32;

export function inferColumnKind(name: string, values: readonly string[]): ColumnKind {
  const present = values.filter((v) => v !== '');
  if (present.length === 0) return 'categorical';
  if (present.every(isIsoDate)) return 'date';
  if (!present.every((v) => !Number.isNaN(parseNumber(v)))) return 'categorical';
  if (present.some((v) => v.includes('.') || /e/i.test(v))) return 'numeric';
  const integers = present.every((v) => Number.isInteger(parseNumber(v)));
  if (!integers) return 'numeric';
  if (CODE_NAME.test(name)) return 'categorical';
  return new Set(present).size <= FEW_DISTINCT ? 'categorical' : 'numeric';
}
