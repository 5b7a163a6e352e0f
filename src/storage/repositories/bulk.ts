/**
 * Helpers for the bulk-insert path: one array parameter per column, zipped by
 * `ROWS FROM (unnest($1::text[]), …, jsonb_array_elements($n::jsonb))`.
 */
import { sql, type SQL } from 'drizzle-orm';

/** A whole array as ONE bound parameter (drizzle would otherwise expand it into a list). */
export function textArray(values: readonly (string | undefined | null)[]): SQL {
  return sql`${sql.param(values.map((v) => v ?? null))}`;
}

export function* chunksOf<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
