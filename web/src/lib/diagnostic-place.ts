/**
 * Where a diagnostic points, in the reader's words: "segment 12 (SGP), element 1, line 14" for
 * EDIFACT, the JSON pointer for DCSA JSON, the record and column for CSV. The same parts as the
 * server's `formatPosition` (src/core/diagnostic.ts), each worded through the catalogue.
 */
import type { Position } from '../api/intake.ts';
import type { Translate } from '../i18n/i18n.tsx';

/** An upload's own name ("upload <id>") says nothing to the reader; a file name does. */
const named = (source: string | undefined) =>
  source !== undefined && !source.startsWith('upload ') ? source : undefined;

export function placeOf(t: Translate, at: Position | undefined): string {
  if (!at) return t('intake.at.none');
  const parts: string[] = [];
  const source = named(at.source);
  if (source) parts.push(t('intake.at.source', { source }));
  if (at.interchange) parts.push(t('intake.at.interchange', { ref: at.interchange }));
  if (at.message) parts.push(t('intake.at.message', { ref: at.message }));
  if (at.segment !== undefined)
    parts.push(
      at.tag
        ? t('intake.at.segmentTag', { n: at.segment, tag: at.tag })
        : t('intake.at.segment', { n: at.segment }),
    );
  else if (at.tag) parts.push(t('intake.at.tag', { tag: at.tag }));
  if (at.element !== undefined) parts.push(t('intake.at.element', { n: at.element }));
  if (at.component !== undefined) parts.push(t('intake.at.component', { n: at.component }));
  if (at.record !== undefined) parts.push(t('intake.at.record', { n: at.record }));
  if (at.line !== undefined)
    parts.push(
      at.column !== undefined
        ? t('intake.at.lineColumn', { n: at.line, column: at.column })
        : t('intake.at.line', { n: at.line }),
    );
  if (at.pointer !== undefined) parts.push(t('intake.at.pointer', { pointer: at.pointer || '/' }));
  if (at.field) parts.push(t('intake.at.field', { field: at.field }));
  return parts.length === 0 ? t('intake.at.none') : parts.join(', ');
}
