/**
 * A rule's reason template over feature rows, split once: constant pieces and the row cells
 * between them, each cell worded as the record path words its value (cell-text.ts).
 * Placeholders that name no feature stay as written, folded into the pieces.
 */
import type { FeatureDictionary } from '../features/feature-dictionary.ts';
import { featureIndex } from '../features/feature-row.ts';
import { cellText, type CellText } from './cell-text.ts';

export interface RowReasonTemplate {
  /** Constant text around the cells: one more piece than cells. */
  readonly pieces: readonly string[];
  /** Row index of each placeholder's cell. */
  readonly cells: Int32Array;
  readonly words: readonly CellText[];
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

export function rowReasonTemplate(
  reason: string,
  dictionary: FeatureDictionary,
): RowReasonTemplate {
  // split() with one capture group alternates: text, name, text, name, …, text.
  const parts = reason.split(PLACEHOLDER);
  const pieces = [parts[0]!];
  const cells: number[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const at = featureIndex(parts[i]!);
    if (at < 0) {
      pieces[pieces.length - 1] += `{${parts[i]}}${parts[i + 1]}`;
      continue;
    }
    cells.push(at);
    pieces.push(parts[i + 1]!);
  }
  const words = cells.map((at) => cellText(at, dictionary));
  return { pieces, cells: Int32Array.from(cells), words };
}

/** The template filled with the row's values. */
export function renderRowReason(t: RowReasonTemplate, row: Float64Array): string {
  const { pieces, cells, words } = t;
  let out = pieces[0]!;
  for (let i = 0; i < cells.length; i++) out += words[i]!(row[cells[i]!]!) + pieces[i + 1]!;
  return out;
}
