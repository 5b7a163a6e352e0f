/**
 * Helpers for bulk inserts: one array parameter per column (unnest), or all rows as one JSON
 * document read by `jsonb_to_recordset` / `jsonb_array_elements` (one text parameter: the
 * embedded engine's array serialiser escapes every element in JavaScript, JSON.stringify does not).
 */
import { sql, type SQL } from 'drizzle-orm';

/** A whole array as ONE bound parameter (drizzle would otherwise expand it into a list). */
export function textArray(values: readonly (string | undefined | null)[]): SQL {
  return sql`${sql.param(values.map((v) => v ?? null))}`;
}

export function* chunksOf<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Rows as ONE jsonb parameter (`jsonb_to_recordset(${jsonRows(rows)})`). */
export function jsonRows(rows: unknown): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}
