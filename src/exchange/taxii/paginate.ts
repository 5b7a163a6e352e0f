/**
 * One TAXII page over a collection's entries in keyset order: applies `added_after` (strictly later
 * timestamps) and `next` (strictly after the last position sent), cuts at `limit`, and returns what
 * the envelope and the `X-TAXII-Date-Added-First/Last` headers need. Storage runs the same rule as
 * a keyset query; this function is its specification and the in-memory form.
 */
import { encodeCursor, isAfter, type PagePosition } from './page-cursor.ts';

export interface PageRequest {
  /** Epoch microseconds; only entries added strictly later are returned. */
  readonly addedAfter?: number;
  readonly after?: PagePosition;
  readonly limit: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly more: boolean;
  readonly next?: string;
  readonly dateAddedFirst?: number;
  readonly dateAddedLast?: number;
}

export function paginate<T extends PagePosition>(
  sorted: readonly T[],
  request: PageRequest,
): Page<T> {
  const { addedAfter, after } = request;
  const eligible = sorted.filter(
    (e) =>
      (addedAfter === undefined || e.addedAt > addedAfter) &&
      (after === undefined || isAfter(e, after)),
  );
  const items = eligible.slice(0, Math.max(1, request.limit));
  const more = eligible.length > items.length;
  const first = items[0];
  const last = items.at(-1);
  return {
    items,
    more,
    ...(more && last !== undefined ? { next: encodeCursor(last) } : {}),
    ...(first !== undefined && last !== undefined
      ? { dateAddedFirst: first.addedAt, dateAddedLast: last.addedAt }
      : {}),
  };
}
