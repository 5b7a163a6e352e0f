/**
 * A page cursor for lists ordered by time then id: `<ISO 8601 time>_<uuid>`, the time and id of
 * the last row of a page. The id breaks ties between rows written at one instant, so a page that
 * ends inside such a group never skips the rest of it. Opaque to clients, readable in a log.
 */
import { isUuid } from './uuid.ts';

export interface PageCursor {
  readonly at: Date;
  /** Lower case. */
  readonly id: string;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z)_([0-9a-f-]{36})$/i;

/** The cursor of a row: its time (a Date or an ISO 8601 text) and its id. */
export function formatPageCursor(at: Date | string, id: string): string {
  return `${typeof at === 'string' ? at : at.toISOString()}_${id}`;
}

/** The time and id a cursor holds, or undefined when the text is not a cursor. */
export function parsePageCursor(raw: string): PageCursor | undefined {
  const [, time, id] = CURSOR.exec(raw) ?? [];
  const at = new Date(time ?? '');
  if (!id || !isUuid(id) || Number.isNaN(at.getTime())) return undefined;
  return { at, id: id.toLowerCase() };
}
