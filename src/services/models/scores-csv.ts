/**
 * The scores file: header `row,score` (or `row,<id column>,score`), one line per input row in
 * input order; row is the 1-based data row number. With explanations, an `explanation` column
 * lists the top contributions as `feature=+0.1234; …` (log-odds).
 */
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { parseNumber, type CsvTable } from '../../risk/table/csv-table.ts';
import type { TableScores } from '../../risk/table/score-table.ts';

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatScoresCsv(
  table: CsvTable,
  scored: TableScores,
  idColumn?: string,
): Result<string> {
  const idIndex = idColumn === undefined ? -1 : table.header.indexOf(idColumn);
  if (idColumn !== undefined && idIndex < 0) {
    return fail(
      diagnostic('scores.id-column', `id column "${idColumn}" is not in the table`, {
        field: idColumn,
      }),
    );
  }
  const header = ['row', ...(idColumn === undefined ? [] : [idColumn]), 'score'];
  if (scored.explanations !== undefined) header.push('explanation');
  const lines = [header.map(csvField).join(',')];
  scored.scores.forEach((score, i) => {
    const fields = [String(i + 1)];
    if (idIndex >= 0) fields.push(csvField(table.rows[i]?.[idIndex] ?? ''));
    fields.push(score.toPrecision(8));
    const why = scored.explanations?.[i];
    if (why !== undefined) {
      const text = why.map((c) => `${c.feature}=${c.value >= 0 ? '+' : ''}${c.value.toFixed(4)}`);
      fields.push(csvField(text.join('; ')));
    }
    lines.push(fields.join(','));
  });
  return ok(lines.join('\n') + '\n');
}

/** Scores in file order from the `score` column (NaN where a value is not a number). */
export function parseScoresCsv(table: CsvTable): Result<Float64Array> {
  const index = table.header.indexOf('score');
  if (index < 0) return fail(diagnostic('scores.column', 'the scores file has no "score" column'));
  return ok(Float64Array.from(table.rows, (r) => parseNumber(r[index] ?? '')));
}
