// TAXII pagination: keyset pages over many objects sharing one timestamp, added_after, bad tokens.
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { decodeCursor, encodeCursor } from '../../src/exchange/taxii/page-cursor.ts';
import { paginate, type Page } from '../../src/exchange/taxii/paginate.ts';
import { parseTaxiiTimestamp, taxiiTimestamp } from '../../src/exchange/taxii/taxii-timestamp.ts';

const T = unwrap(parseTaxiiTimestamp('2026-11-22T10:00:00.000001Z'));
// 3 entries, then 7 added at one instant, then 2 more.
const entries = [
  ...[0, 1, 2].map((i) => ({ id: `a${i}`, addedAt: T - 10 + i, seq: i })),
  ...[3, 4, 5, 6, 7, 8, 9].map((i) => ({ id: `b${i}`, addedAt: T, seq: i })),
  ...[10, 11].map((i) => ({ id: `c${i}`, addedAt: T + i, seq: i })),
];

function drain(limit: number, addedAfter?: number): Page<(typeof entries)[number]>[] {
  const pages = [paginate(entries, { limit, ...(addedAfter === undefined ? {} : { addedAfter }) })];
  for (let last = pages[0]; last?.next !== undefined; last = pages.at(-1)) {
    const after = unwrap(decodeCursor(last.next));
    pages.push(
      paginate(entries, { limit, after, ...(addedAfter === undefined ? {} : { addedAfter }) }),
    );
  }
  return pages;
}

describe('TAXII pagination', () => {
  it('following next returns every entry once, even across a run of equal timestamps', () => {
    for (const limit of [1, 2, 3, 4, 7, 50]) {
      const pages = drain(limit);
      expect(pages.flatMap((p) => p.items.map((e) => e.id))).toEqual(entries.map((e) => e.id));
      expect(pages.slice(0, -1).every((p) => p.more)).toBe(true);
      expect(pages.at(-1)?.more).toBe(false);
    }
  });

  it('added_after is strict and combines with next', () => {
    expect(drain(2, T).flatMap((p) => p.items.map((e) => e.id))).toEqual(['c10', 'c11']);
    expect(drain(2, T - 1).flatMap((p) => p.items.map((e) => e.id))).toEqual(
      entries.slice(3).map((e) => e.id),
    );
  });

  it('reports the first and last date added of the page', () => {
    const page = paginate(entries, { limit: 4 });
    expect([page.dateAddedFirst, page.dateAddedLast]).toEqual([T - 10, T]);
    expect(paginate(entries, { limit: 4, addedAfter: T + 100 })).toEqual({
      items: [],
      more: false,
    });
  });

  it('rejects page tokens it did not make', () => {
    expect(decodeCursor(encodeCursor({ addedAt: T, seq: 7 }))).toMatchObject({
      ok: true,
      value: { addedAt: T, seq: 7 },
    });
    expect(decodeCursor('not-a-token').ok).toBe(false);
    expect(decodeCursor('!!!').ok).toBe(false);
  });

  it('keeps microseconds in TAXII timestamps', () => {
    expect(taxiiTimestamp(T)).toBe('2026-11-22T10:00:00.000001Z');
    expect(unwrap(parseTaxiiTimestamp('2026-11-22T10:00:00Z'))).toBe(T - 1);
    expect(parseTaxiiTimestamp('2026-11-22 10:00').ok).toBe(false);
  });
});
